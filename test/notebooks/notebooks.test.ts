/**
 * The example notebooks and their kernel, checked without Jupyter: one notebook per example, committed with
 * outputs cleared, on the repository's tslab kernelspec, importing the built package by name. Executing
 * them is scripts/run-notebooks.sh's job (run by .ci/run).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

interface Cell {
  readonly cell_type: string;
  readonly source: string | readonly string[];
  readonly outputs?: readonly unknown[];
  readonly execution_count?: number | null;
}
interface Notebook {
  readonly nbformat: number;
  readonly metadata: { readonly kernelspec?: { readonly name?: string; readonly language?: string } };
  readonly cells: readonly Cell[];
}

const text = (cell: Cell): string => (typeof cell.source === 'string' ? cell.source : cell.source.join(''));

const examples = readdirSync(new URL('examples/', root)).filter((name) => existsSync(new URL(`examples/${name}/scenario.json`, root)));

describe('the tslab kernelspec', () => {
  const spec = JSON.parse(read('jupyter/kernels/tslab/kernel.json')) as { argv: string[]; language: string; display_name: string };

  it('starts the launcher beside it with node, wherever the kernelspec is', () => {
    expect(spec.argv).toEqual(['node', '{resource_dir}/launch.cjs', 'kernel', '--config-path', '{connection_file}']);
    expect(existsSync(new URL('jupyter/kernels/tslab/launch.cjs', root))).toBe(true);
    expect(spec.language).toBe('typescript');
  });

  it('has a launcher that hands over to the repository tslab', () => {
    const launcher = read('jupyter/kernels/tslab/launch.cjs');
    expect(launcher).toContain("resolve('tslab/dist/main.js')");
    // It writes a type stub for every entry of the package that has types, so a notebook can import each.
    expect(launcher).toContain('export * from \'${up}dist/${built}\';');
    const entriesLine = launcher.split('\n').find((l) => l.startsWith('const entries = '));
    const pkg = JSON.parse(read('package.json')) as { exports: Record<string, unknown> };
    const typed = Object.keys(pkg.exports).filter((k) => k !== './package.json' && !k.endsWith('.json'));
    for (const entry of typed) expect(entriesLine, entry).toContain(entry === '.' ? "index: 'index'" : `'${entry.slice(2)}'`);
  });
});

describe('the example notebooks', () => {
  it('cover every example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const name of examples) expect(existsSync(new URL(`examples/${name}/notebook.ipynb`, root)), name).toBe(true);
  });

  for (const name of examples) {
    describe(name, () => {
      const nb = JSON.parse(read(`examples/${name}/notebook.ipynb`)) as Notebook;
      const code = nb.cells.filter((c) => c.cell_type === 'code');
      const all = code.map(text).join('\n');

      it('runs on the repository kernel', () => {
        expect(nb.nbformat).toBe(4);
        expect(nb.metadata.kernelspec?.name).toBe('tslab');
        expect(nb.metadata.kernelspec?.language).toBe('typescript');
      });

      it('is committed with its outputs cleared', () => {
        for (const cell of code) {
          expect(cell.outputs ?? [], text(cell).split('\n')[0]).toEqual([]);
          expect(cell.execution_count ?? null).toBeNull();
        }
      });

      it('opens with an introduction, then reads its own scenario through the built package', () => {
        expect(nb.cells[0]?.cell_type).toBe('markdown');
        expect(all).toMatch(/from 'shared-services-model'/);
        expect(all).not.toMatch(/from '\.\.?\//);
        expect(all).toContain("readFileSync('scenario.json'");
      });

      it('changes an assumption and compares', () => {
        expect(all).toMatch(/applyVariant\(/);
        expect(all).toMatch(/compare\(/);
      });
    });
  }
});

describe('scripts/run-notebooks.sh', () => {
  it('is executable and runs the tslab kernel from jupyter/', () => {
    const path = new URL('scripts/run-notebooks.sh', root);
    expect(statSync(path).mode & 0o111).not.toBe(0);
    const script = read('scripts/run-notebooks.sh');
    expect(script).toContain('--ExecutePreprocessor.kernel_name=tslab');
    expect(script).toContain('JUPYTER_PATH="$PWD/jupyter');
  });
});
