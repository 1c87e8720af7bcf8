import { ErrorCode, InputError } from '../errors/index.js';
import { hostPeerImport } from './peer-import-hook.js';

/**
 * The optional peer dependencies, with the versions this package is built and tested against. A workbook
 * needs exceljs; a chart (and the HTML report, which draws charts) needs vega and vega-lite. None is
 * installed with the package: a library user who only splits money installs none of them. The package's
 * `peerDependencies` list the same names and ranges (a test in test/package keeps them equal).
 *
 * @example
 * ```ts
 * PEERS.exceljs;
 * //=> '^4.4.0'
 * ```
 */
export const PEERS = { exceljs: '^4.4.0', vega: '^6.4.0', 'vega-lite': '^6.4.2' } as const;

/**
 * The name of an optional peer dependency: a key of {@link PEERS}.
 *
 * @example
 * ```ts
 * const peer: PeerName = 'exceljs';
 * ```
 */
export type PeerName = keyof typeof PEERS;

/** True when `error` says that one of `names` (not some module inside it) could not be found. */
function isMissing(error: unknown, names: readonly PeerName[]): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  return typeof message === 'string' && names.some((n) => message.includes(`'${n}'`) || message.includes(`"${n}"`));
}

/** What each optional peer's module is, as `import()` gives it (exceljs, a CommonJS module, as its default too). */
interface PeerModules {
  readonly exceljs: typeof import('exceljs') & { readonly default: typeof import('exceljs') };
  readonly vega: typeof import('vega');
  readonly 'vega-lite': typeof import('vega-lite');
}

/** Each optional peer's own `import()`, written out so that bundlers leave it as an import of that package. */
const OWN_IMPORTS: { readonly [N in PeerName]: () => Promise<PeerModules[N]> } = {
  exceljs: () => import('exceljs'),
  vega: () => import('vega'),
  'vega-lite': () => import('vega-lite'),
};

/** One peer's module: through the host's `import()` where a host set one (the CLI), else this package's own. */
function importPeer(name: PeerName): Promise<unknown> {
  const host = hostPeerImport();
  return host === undefined ? OWN_IMPORTS[name]() : host(name);
}

/**
 * Loads optional peer dependencies, each module in the order named. When one is not installed, throws an
 * {@link InputError} (`E_DEPENDENCY`) whose one-line message names the packages to install and the
 * command that installs them.
 *
 * @param what - what needs them, for the message: `'an xlsx workbook'`
 * @param names - the packages to load
 * @returns their modules, in the order of `names`
 */
export async function loadPeers<const N extends readonly PeerName[]>(what: string, names: N): Promise<{ -readonly [K in keyof N]: PeerModules[N[K]] }> {
  try {
    return (await Promise.all(names.map(importPeer))) as { -readonly [K in keyof N]: PeerModules[N[K]] };
  } catch (error) {
    if (!isMissing(error, names)) throw error;
    const list = names.join(' and ');
    const install = names.map((n) => `${n}@${PEERS[n]}`).join(' ');
    const expected = `${list} installed beside shared-services-model (optional peer dependencies)`;
    const message = `${what} needs ${list}, optional peer dependencies that are not installed: run \`npm install ${install}\``;
    throw new InputError({ code: ErrorCode.DEPENDENCY, path: [], expected, received: 'not installed', message }, { cause: error });
  }
}
