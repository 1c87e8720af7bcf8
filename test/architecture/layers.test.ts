import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The one direction data flows in: a stage may import only stages before it (and itself). */
const ORDER = ['errors', 'money', 'schema', 'model', 'attribution', 'engine', 'appraisal', 'analysis', 'report', 'workbook', 'cli'];
/** `testing/` sits beside the flow: it checks the core, so it may import the stages up to `analysis`, and none imports it. */
const TESTING_MAY_IMPORT = ORDER.slice(0, ORDER.indexOf('analysis') + 1);
/**
 * Files other than `index.ts` through which a stage may be entered: its other package entry points.
 * `report/full.ts` is `shared-services-model/report`, the renderers with optional peer dependencies;
 * `testing/arbitraries.ts` is `shared-services-model/testing/arbitraries`, the fast-check arbitraries.
 * (`shared-services-model/workbook`, the input workbook, is the workbook stage's own index.ts.)
 */
const OTHER_ENTRIES: Readonly<Record<string, readonly string[]>> = { report: ['full.ts'], testing: ['arbitraries.ts'] };
const SRC = new URL('../../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The stage a path is in (its first folder under src/), or '' for a file at the top of src/. */
function stageOf(path: string): string {
  const parts = relative(SRC, path).split('/');
  return parts.length > 1 ? parts[0]! : '';
}

interface Import {
  /** The module specifier, or null for a dynamic import whose argument is not a string literal. */
  readonly spec: string | null;
  readonly line: number;
  readonly dynamic: boolean;
  /** Erased when built (`import type`, `export type`, `import('…')` in a type): it loads nothing. */
  readonly typeOnly: boolean;
}

/**
 * Every import of a file, read by the TypeScript parser (so comments and strings are not mistaken for
 * imports): `import … from`, `export … from`, `import '…'`, `import x = require('…')`, dynamic `import(…)`
 * and type-position `import('…')`.
 */
function importsOf(fileName: string, text: string): Import[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out: Import[] = [];
  const add = (node: ts.Node, arg: ts.Node | undefined, dynamic: boolean, typeOnly: boolean): void => {
    const spec = arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : null;
    out.push({ spec, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, dynamic, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node, node.moduleSpecifier, false, node.importClause?.isTypeOnly ?? false);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier) add(node, node.moduleSpecifier, false, node.isTypeOnly);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node, node.moduleReference.expression, false, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0], true, false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal, false, true);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

interface Source {
  readonly path: string;
  readonly name: string;
  readonly stage: string;
  readonly text: string;
  readonly imports: readonly Import[];
}

const sources: Source[] = files(SRC).map((path) => {
  const text = readFileSync(path, 'utf8');
  return { path, name: relative(SRC, path), stage: stageOf(path), text, imports: importsOf(path, text) };
});

/** The file a relative specifier names (`./x.js` is `./x.ts` in src/). */
function target(from: string, spec: string): string {
  return resolve(dirname(from), spec).replace(/\.js$/, '.ts');
}

/** Each import of a source that names a file in src/, with that file and where. */
function edges(s: Source): { to: string; typeOnly: boolean; where: string }[] {
  return s.imports.flatMap((i) => {
    const to = i.spec?.startsWith('.') ? target(s.path, i.spec) : null;
    return to && !relative(SRC, to).startsWith('..') ? [{ to, typeOnly: i.typeOnly, where: `${s.name}:${i.line} imports ${i.spec}` }] : [];
  });
}

/** Whether `to` may be entered from outside its stage: the stage's index.ts or one of its other entries. */
function isEntry(to: string): boolean {
  const stage = stageOf(to);
  const rest = relative(join(SRC, stage), to);
  return rest === 'index.ts' || (OTHER_ENTRIES[stage] ?? []).includes(rest);
}

/** The first cycle in a graph (each file with the files it imports), as a path a → b → … → a, or null. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const dfs = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = dfs(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    if (state.has(node)) continue;
    const found = dfs(node);
    if (found) return found;
  }
  return null;
}

/**
 * The import graph of a stage's files: an edge for each import within it, static, dynamic or of types
 * alone. A cycle through types alone cannot make one module load before another has finished (types are
 * erased when built), but it still ties two files into one: neither can be read, moved or tested apart.
 */
function stageGraph(stage: string): Map<string, string[]> {
  const inStage = sources.filter((s) => s.stage === stage);
  return new Map(inStage.map((s) => [s.name, edges(s).filter((e) => stageOf(e.to) === stage).map((e) => relative(SRC, e.to))]));
}

const STAGES = [...ORDER, 'testing'];

describe('architecture', () => {
  it('reads every kind of import: static, re-export, side effect, type-only, dynamic, type-position', () => {
    expect(sources.length).toBeGreaterThan(40);
    expect(sources.find((s) => s.name === 'engine/evaluate.ts')!.imports.map((i) => i.spec)).toContain('./_cells.js');
    const text = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      "export { c } from './c.js';",
      "import './d.js';",
      '// import { e } from "./not-an-import.js";',
      "const s = 'import(\"./nor-this.js\")';",
      "export const f = () => import('./f.js');",
      "type G = typeof import('./g.js');",
      'export const h = (name: string) => import(name);',
    ].join('\n');
    expect(importsOf('x.ts', text)).toEqual([
      { spec: './a.js', line: 1, dynamic: false, typeOnly: false },
      { spec: './b.js', line: 2, dynamic: false, typeOnly: true },
      { spec: './c.js', line: 3, dynamic: false, typeOnly: false },
      { spec: './d.js', line: 4, dynamic: false, typeOnly: false },
      { spec: './f.js', line: 7, dynamic: true, typeOnly: false },
      { spec: './g.js', line: 8, dynamic: false, typeOnly: true },
      { spec: null, line: 9, dynamic: true, typeOnly: false },
    ]);
  });

  it('finds a cycle and gives its path', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['b']],
      ['d', []],
    ]);
    expect(findCycle(graph)).toEqual(['b', 'c', 'b']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeNull();
  });

  it('has every folder of src/ in the order or beside it', () => {
    expect(new Set(sources.map((s) => s.stage).filter((x) => x !== ''))).toEqual(new Set(STAGES));
    for (const [stage, names] of Object.entries(OTHER_ENTRIES)) for (const n of names) expect(existsSync(join(SRC, stage, n)), `${stage}/${n}`).toBe(true);
  });

  it('enters a stage only where the package is entered: each library entry of the build is an index or one of the other entries', () => {
    const config = readFileSync(new URL('../../tsup.config.ts', import.meta.url), 'utf8');
    const library = /const library = \{([^}]*)\}/.exec(config)?.[1] ?? '';
    const built = [...library.matchAll(/'src\/([^']+)'/g)].map((m) => m[1]!).sort();
    const entries = ['index.ts', ...Object.entries(OTHER_ENTRIES).flatMap(([stage, names]) => names.map((n) => `${stage}/${n}`))];
    expect(built.filter((f) => !f.endsWith('/index.ts') && f !== 'index.ts')).toEqual(entries.filter((f) => f !== 'index.ts').sort());
  });

  it('exports every library entry of the build from package.json under the name it is built as, and nothing else', () => {
    const config = readFileSync(new URL('../../tsup.config.ts', import.meta.url), 'utf8');
    const library = /const library = \{([^}]*)\}/.exec(config)?.[1] ?? '';
    const built = [...library.matchAll(/(?:'([^']+)'|(\w+)):\s*'src\//g)].map((m) => m[1] ?? m[2]!).sort();
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    const exported = Object.values(pkg.exports).flatMap((e) => {
      const file = (e as { import?: { default?: string } }).import?.default;
      return file === undefined ? [] : [/^\.\/dist\/(.+)\.js$/.exec(file)![1]!];
    });
    expect(exported.sort()).toEqual(built);
    expect(built).toContain('workbook');
  });

  it('keeps the workbook out of the core: the core entry imports neither the workbook nor the CLI, and exceljs is loaded only when a workbook is read or written', () => {
    const core = sources.find((s) => s.name === 'index.ts')!;
    expect(edges(core).map((e) => stageOf(e.to)).filter((stage) => stage === 'workbook' || stage === 'cli')).toEqual([]);
    for (const s of sources.filter((x) => x.stage === 'workbook')) {
      for (const i of s.imports.filter((x) => x.spec === 'exceljs')) expect(i.dynamic || i.typeOnly, `${s.name}:${i.line}`).toBe(true);
    }
  });

  it('imports only modules it can check: every dynamic import names its module as a string', () => {
    const unchecked = sources.flatMap((s) => s.imports.filter((i) => i.spec === null).map((i) => `${s.name}:${i.line}`));
    expect(unchecked).toEqual([]);
  });

  it.each(sources.filter((s) => STAGES.includes(s.stage)).map((s) => [s.name, s] as const))('%s imports only the stages it may', (_name, s) => {
    const allowed = s.stage === 'testing' ? TESTING_MAY_IMPORT : ORDER.slice(0, ORDER.indexOf(s.stage) + 1);
    for (const e of edges(s)) {
      const to = stageOf(e.to);
      if (to === s.stage) continue;
      expect(allowed.includes(to), `${e.where} (${to}): ${s.stage} may import only ${allowed.join(', ')}`).toBe(true);
    }
  });

  it('imports another stage only through its index', () => {
    const reachIns = sources.flatMap((s) => edges(s).filter((e) => stageOf(e.to) !== s.stage && stageOf(e.to) !== '' && !isEntry(e.to)).map((e) => e.where));
    expect(reachIns).toEqual([]);
  });

  it('imports another of the analyses (analysis/<folder>/) only through its index', () => {
    const folderOf = (path: string): string => relative(join(SRC, 'analysis'), path).split('/').slice(0, -1).join('/');
    const reachIns = sources
      .filter((s) => s.stage === 'analysis')
      .flatMap((s) => edges(s).filter((e) => stageOf(e.to) === 'analysis' && folderOf(e.to) !== folderOf(s.path) && folderOf(e.to) !== '' && !e.to.endsWith('/index.ts')).map((e) => e.where));
    expect(reachIns).toEqual([]);
  });

  it.each(STAGES)('has no import cycle inside %s', (stage) => {
    const cycle = findCycle(stageGraph(stage));
    expect(cycle && cycle.join(' → ')).toBeNull();
  });

  it('keeps the core (money, engine) free of anything but decimal.js and zod', () => {
    for (const s of sources.filter((x) => x.stage === 'money' || x.stage === 'engine')) {
      for (const i of s.imports.filter((x) => x.spec !== null && !x.spec.startsWith('.'))) expect(['decimal.js', 'zod'], `${s.name}:${i.line}`).toContain(i.spec);
    }
  });

  it('does I/O only at the edge: no process, fs or console outside the CLI and the worker-thread runner', () => {
    const edge = (s: { stage: string; path: string }): boolean => s.stage === 'cli' || /simulate-(parallel|worker)|_simulate-worker/.test(s.path);
    for (const s of sources.filter((x) => !edge(x))) {
      const code = s.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(/\bprocess\.|\bconsole\./.test(code), s.name).toBe(false);
      expect(s.imports.map((i) => i.spec).filter((x) => x !== null && /^(node:)?fs(\/|$)/.test(x)), s.name).toEqual([]);
    }
  });

  it('never configures the global Decimal', () => {
    for (const s of sources) expect(/Decimal\.(set|config)\(/.test(s.text), s.name).toBe(false);
  });
});
