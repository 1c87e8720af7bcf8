import type { CliIO } from '../../src/cli/io.js';

/** An in-memory CLI: files (text or bytes) in a map, output collected, files written kept. */
export function memoryIO(files: Record<string, string | Uint8Array>): CliIO & { out: string; err: string; written: Map<string, string | Uint8Array> } {
  const io = {
    out: '',
    err: '',
    written: new Map<string, string | Uint8Array>(),
    stdout: (t: string | Uint8Array) => void (io.out += typeof t === 'string' ? t : Buffer.from(t).toString('latin1')),
    stderr: (t: string) => void (io.err += t),
    readFile: async (path: string) => {
      const f = files[path] ?? io.written.get(path);
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return f;
    },
    writeFile: async (path: string, data: string | Uint8Array) => {
      io.written.set(path, data);
    },
  };
  return io;
}
