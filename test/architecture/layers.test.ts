import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The one direction data flows in: a stage may import only stages before it (and itself). */
const ORDER = ['errors', 'money', 'schema', 'model', 'attribution', 'engine', 'appraisal', 'analysis', 'report', 'cli'];
const SRC = new URL('../../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function stageOf(path: string): string {
  return relative(SRC, path).split('/')[0]!.replace(/\.ts$/, '');
}

const sources = files(SRC).map((path) => ({ path, stage: stageOf(path), text: readFileSync(path, 'utf8') }));

function imports(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('architecture', () => {
  it('reads the import statements it checks', () => {
    expect(sources.length).toBeGreaterThan(40);
    expect(imports(sources.find((s) => s.path.endsWith('engine/evaluate.ts'))!.text)).toContain('./_cells.js');
  });

  it.each(sources.filter((s) => ORDER.includes(s.stage)).map((s) => [relative(SRC, s.path), s] as const))('%s imports only earlier stages', (_name, s) => {
    const own = ORDER.indexOf(s.stage);
    for (const spec of imports(s.text).filter((x) => x.startsWith('.'))) {
      const target = stageOf(join(s.path, '..', spec));
      if (!ORDER.includes(target)) continue;
      expect(ORDER.indexOf(target), `${relative(SRC, s.path)} imports ${spec} (${target}), a later stage`).toBeLessThanOrEqual(own);
    }
  });

  it('keeps the core (money, engine) free of anything but decimal.js and zod', () => {
    for (const s of sources.filter((x) => x.stage === 'money' || x.stage === 'engine')) {
      for (const spec of imports(s.text).filter((x) => !x.startsWith('.'))) expect(['decimal.js', 'zod'], relative(SRC, s.path)).toContain(spec);
    }
  });

  it('does I/O only at the edge: no process, fs or console outside the CLI and the worker-thread runner', () => {
    const edge = (s: { stage: string; path: string }): boolean => s.stage === 'cli' || /simulate-(parallel|worker)|_simulate-worker/.test(s.path);
    for (const s of sources.filter((x) => !edge(x))) {
      const code = s.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(/\bprocess\.|\bconsole\.|from ['"]node:fs|from ['"]fs['"]/.test(code), relative(SRC, s.path)).toBe(false);
    }
  });

  it('never configures the global Decimal', () => {
    for (const s of sources) expect(/Decimal\.(set|config)\(/.test(s.text), relative(SRC, s.path)).toBe(false);
  });
});
