/**
 * Where a host that compiles this package's code itself gives the `import()` that loads the optional peers
 * (exceljs, vega, vega-lite). The CLI compiles its program from V8's code cache (src/cli/program-loader.ts),
 * and in Node 20 code compiled so cannot run `import()` (V8 keeps no loader with cached code): the CLI's
 * bin, compiled as usual, sets this hook to its own imports first. Everywhere else it is unset and the
 * package's own `import()` runs.
 */
export const PEER_IMPORT_HOOK = Symbol.for('shared-services-model.import-peer');

/**
 * The hook's shape: a package name in, the module's namespace out.
 *
 * @example
 * ```ts
 * const viaHost: PeerImport = (name) => import(name);
 * ```
 */
export type PeerImport = (name: string) => Promise<unknown>;

/** The host's `import()` for the optional peers, if a host set one. */
export function hostPeerImport(): PeerImport | undefined {
  const hook = (globalThis as { [PEER_IMPORT_HOOK]?: unknown })[PEER_IMPORT_HOOK];
  return typeof hook === 'function' ? (hook as PeerImport) : undefined;
}
