/**
 * Every ```ts, ```typescript and ```js block in README.md and docs/*.md, as a reader would paste it: type-checked
 * in strict mode against the built package by its name, then run as an ES module, with each `//=>` result
 * compared with what the statement before it gave. Needs `npm run build` first; `npm test` builds before it
 * runs the tests.
 *
 * Each snippet runs on its own, in a working directory that holds the repository's `examples/` and the
 * files its guide asks the reader to save (taken from the guide itself, so they cannot drift from it).
 * A `//=>` after an expression is compared with that value as `util.inspect` prints it (or as JSON, where
 * the doc writes JSON); after any other statement, with the lines it printed. Whitespace is not compared.
 * There is no allow-list: a block a reader might paste must run. Show a type or a signature in prose, or in
 * a block of another language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const LANGS: Record<string, 'ts' | 'js'> = { ts: 'ts', typescript: 'ts', js: 'js', javascript: 'js' };

/**
 * Files a guide asks the reader to save before its code runs: the first ```json block after the line that
 * contains `after`.
 */
const SAVED_FILES = [
  { doc: 'docs/getting-started.md', name: 'first.json', after: 'Save this as `first.json`' },
  { doc: 'docs/appraisal.md', name: 'east-west.json', after: '## A worked example' },
];

interface Block {
  readonly doc: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly code: string;
}

function blocksOf(doc: string): Block[] {
  const lines = readFileSync(path.join(root, doc), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(fence!); j++) body.push(lines[j]!.slice(indent!.length));
    blocks.push({ doc, line: i + 1, lang: lang!.toLowerCase(), code: body.join('\n') + '\n' });
    i = j;
  }
  return blocks;
}

const allBlocks = DOCS.flatMap(blocksOf);
const snippets = allBlocks.filter((b) => b.lang in LANGS);

/** A statement whose result the doc states: what to compare, and how. */
interface Expectation {
  readonly id: number;
  /** 1-based line in the doc of the `//=>`. */
  readonly line: number;
  readonly kind: 'value' | 'output';
  /** One entry per `//=>` line, continuation lines joined on. */
  readonly expected: string[];
}

const RESULT = /^\/\/=>\s?(.*)$/;
const CONTINUATION = /^\/\/\s{2,}(.*)$/;

/**
 * Finds each top-level statement followed by `//=>` (on its own line or the next ones) and wraps it so the
 * child process records its value or what it printed. Line numbers are kept, so errors point at the doc.
 */
function instrument(block: Block): { source: string; expectations: Expectation[]; unchecked: number[] } {
  const code = block.code;
  const file = ts.createSourceFile('snippet.mts', code, ts.ScriptTarget.ES2022, true);
  const lines = code.split('\n');
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line;
  const claimed = new Set<number>();
  const expectations: Expectation[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  for (const stmt of file.statements) {
    const last = lineOf(stmt.end);
    const expected: string[] = [];
    const trailing = lines[last]!.slice(file.getLineAndCharacterOfPosition(stmt.end).character).trim();
    let first = -1;
    if (RESULT.test(trailing)) {
      expected.push(RESULT.exec(trailing)![1]!);
      first = last;
    } else if (RESULT.test(lines[last + 1]?.trim() ?? '')) {
      first = last + 1;
    }
    if (first < 0) continue;
    for (let l = first === last ? last + 1 : first; l < lines.length; l++) {
      const text = lines[l]!.trim();
      const result = RESULT.exec(text);
      const more = CONTINUATION.exec(text);
      if (result && (l === first || expected.length > 0)) expected.push(result[1]!);
      else if (more && expected.length > 0) expected[expected.length - 1] += ` ${more[1]}`;
      else break;
      claimed.add(l);
    }
    claimed.add(first);
    const id = expectations.length;
    const isValue =
      ts.isExpressionStatement(stmt) &&
      !(ts.isCallExpression(stmt.expression) && /^console\./.test(stmt.expression.expression.getText(file)));
    expectations.push({ id, line: block.line + 1 + first, kind: isValue ? 'value' : 'output', expected });
    if (isValue) {
      const expr = (stmt as ts.ExpressionStatement).expression;
      edits.push({ start: expr.getStart(file), end: expr.end, text: `__snippetValue(${id}, (${expr.getText(file)}))` });
    } else {
      edits.push({ start: stmt.getStart(file), end: stmt.end, text: `__snippetBegin(); ${stmt.getText(file)} ;__snippetEnd(${id});` });
    }
  }
  let source = code;
  for (const e of edits.reverse()) source = source.slice(0, e.start) + e.text + source.slice(e.end);
  const unchecked = lines.flatMap((l, i) => (l.includes('//=>') && !claimed.has(i) ? [block.line + 1 + i] : []));
  return { source: source + PRELUDE, expectations, unchecked };
}

// Appended, not prepended, so the snippet's line numbers are kept; imports and function declarations hoist.
const PRELUDE = `
import { inspect as __snippetInspect, format as __snippetFormat } from 'node:util';
import { writeFileSync as __snippetWrite } from 'node:fs';
function __snippetState() {
  if (!globalThis.__snippet) {
    const s = { results: {}, capture: null };
    const log = console.log;
    console.log = (...args) => { if (s.capture) s.capture.push(__snippetFormat(...args)); log(...args); };
    process.on('exit', () => __snippetWrite(process.env.SNIPPET_RESULTS, JSON.stringify(s.results)));
    globalThis.__snippet = s;
  }
  return globalThis.__snippet;
}
function __snippetValue(id, value) {
  let json;
  try { json = JSON.stringify(value); } catch { json = undefined; }
  __snippetState().results[id] = { inspect: __snippetInspect(value, { depth: Infinity, breakLength: Infinity }), json };
  return value;
}
function __snippetBegin() { __snippetState().capture = []; }
function __snippetEnd(id) {
  const s = __snippetState();
  s.results[id] = { output: s.capture.join('\\n').split('\\n') };
  s.capture = null;
}
`;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const nameOf = (b: Block) => `${b.doc}:${b.line}`;
const fileNameOf = (b: Block) => `${b.doc.replace(/[/.]/g, '-')}-${b.line}.${LANGS[b.lang] === 'js' ? 'mjs' : 'mts'}`;

let work = '';
const diagnostics = new Map<string, string[]>();
const runs = new Map<string, { error?: string; results: Record<string, { inspect?: string; json?: string; output?: string[] }> }>();
const plans = new Map<string, ReturnType<typeof instrument>>();

function workDirOf(doc: string): string {
  return path.join(work, doc.replace(/[/.]/g, '-'));
}

function setUpWorkDirs(): void {
  work = mkdtempSync(path.join(tmpdir(), 'docs-snippets-'));
  // The package by its name, and what a project that installs it has beside it.
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
  mkdirSync(path.join(work, 'node_modules'));
  symlinkSync(root, path.join(work, 'node_modules', pkg.name), 'dir');
  for (const dep of Object.keys(pkg.dependencies)) {
    mkdirSync(path.dirname(path.join(work, 'node_modules', dep)), { recursive: true });
    symlinkSync(path.join(root, 'node_modules', dep), path.join(work, 'node_modules', dep), 'dir');
  }
  for (const doc of new Set(snippets.map((b) => b.doc))) {
    const dir = workDirOf(doc);
    mkdirSync(dir);
    symlinkSync(path.join(root, 'examples'), path.join(dir, 'examples'), 'dir');
    for (const saved of SAVED_FILES.filter((s) => s.doc === doc)) {
      const text = readFileSync(path.join(root, doc), 'utf8').split('\n');
      const at = text.findIndex((l) => l.includes(saved.after));
      const block = allBlocks.find((b) => b.doc === doc && b.lang === 'json' && b.line > at);
      if (at < 0 || !block) throw new Error(`${doc}: no \`\`\`json block after "${saved.after}" to save as ${saved.name}`);
      writeFileSync(path.join(dir, saved.name), block.code);
    }
  }
}

function typeCheck(): void {
  const files = new Map(snippets.map((b) => [path.join(workDirOf(b.doc), fileNameOf(b)), b]));
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    typeRoots: [path.join(root, 'node_modules', '@types')],
    skipLibCheck: true,
    allowJs: true,
    checkJs: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => {
    const block = files.get(path.resolve(name));
    return block ? ts.createSourceFile(name, block.code, version) : getSourceFile(name, version, ...rest);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(path.resolve(name)) || fileExists(name);
  host.getCurrentDirectory = () => root;
  const program = ts.createProgram([...files.keys()], options, host);
  for (const [name, block] of files) {
    const source = program.getSourceFile(name)!;
    const found = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => {
      const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line;
      return `${block.doc}:${block.line + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    diagnostics.set(nameOf(block), found);
  }
  const global = program.getGlobalDiagnostics().map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (global.length > 0) throw new Error(global.join('\n'));
}

async function runAll(): Promise<void> {
  await Promise.all(
    snippets.map(async (block) => {
      const plan = instrument(block);
      plans.set(nameOf(block), plan);
      const dir = workDirOf(block.doc);
      const js = ts.transpileModule(plan.source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      }).outputText;
      const file = path.join(dir, fileNameOf(block).replace(/\.mts$/, '.mjs'));
      const results = `${file}.results.json`;
      writeFileSync(file, js);
      const error = await new Promise<string | undefined>((resolve) => {
        execFile(process.execPath, [file], { cwd: dir, env: { ...process.env, SNIPPET_RESULTS: results }, timeout: 30_000 }, (err, _out, stderr) =>
          resolve(err ? `${err.message}\n${stderr}` : undefined),
        );
      });
      runs.set(nameOf(block), { ...(error ? { error } : {}), results: existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : {} });
    }),
  );
}

beforeAll(async () => {
  for (const file of ['dist/index.js', 'dist/index.d.ts']) {
    if (!existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` before these tests (npm test does)`);
  }
  setUpWorkDirs();
  const running = runAll(); // the child processes run while the compiler checks
  typeCheck();
  await running;
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('every code snippet in README.md and docs/ runs as printed', () => {
  it('finds the snippets in README.md and docs/', () => {
    expect(new Set(snippets.map((b) => b.doc))).toContain('README.md');
    expect(snippets.length).toBeGreaterThanOrEqual(9);
  });

  it.each(snippets.map((b) => [nameOf(b), b] as const))('%s', (name) => {
    const doc = name.slice(0, name.lastIndexOf(':'));
    const run = runs.get(name)!;
    const plan = plans.get(name)!;
    const problems = [...diagnostics.get(name)!];
    if (run.error) problems.push(`${name}: failed when run: ${run.error}`);
    for (const line of plan.unchecked) problems.push(`${doc}:${line}: a //=> that follows no top-level statement, so nothing checks it`);
    for (const e of plan.expectations) {
      const got = run.results[String(e.id)];
      const want = e.kind === 'value' ? [squash(e.expected.join(' '))] : e.expected.map(squash);
      let printed: string[] | undefined;
      if (got?.output) printed = got.output.map(squash);
      else if (got) printed = [[got.inspect, got.json].map((s) => squash(s ?? '')).find((s) => s === want[0]) ?? squash(got.inspect ?? '')];
      if (!printed) problems.push(`${doc}:${e.line}: the statement before this //=> never ran`);
      else if (JSON.stringify(printed) !== JSON.stringify(want)) {
        problems.push(`${doc}:${e.line}: the doc says\n    ${want.join('\n    ')}\n  the library gives\n    ${printed.join('\n    ')}`);
      }
    }
    expect(problems.join('\n\n')).toBe('');
  });
});
