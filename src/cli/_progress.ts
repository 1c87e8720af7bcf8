import type { CliIO } from './io.js';

/** How long a run goes before a bar is drawn, in milliseconds. */
const DELAY_MS = 1000;

/** A progress reporter: call `update` as work is done and `finish` at the end (or on failure). */
export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly finish: () => void;
}

/**
 * A progress bar on standard error, drawn only when standard error is a terminal and only once the work
 * has run for more than a second (a quick run, or output piped to a file, shows nothing). `finish`
 * clears the bar, so nothing of it is left in the terminal.
 */
export function progressBar(io: CliIO, what: string): Progress {
  if (io.stderrIsTTY !== true) return { update: () => {}, finish: () => {} };
  const now = (): number => (io.now === undefined ? Date.now() : io.now());
  const start = now();
  let drawn = false;
  let last = -1;
  return {
    update: (done, total) => {
      if (now() - start <= DELAY_MS) return;
      const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
      if (percent === last) return;
      last = percent;
      const tail = ` ${String(percent).padStart(3)}% ${done} of ${total} ${what}`;
      const width = Math.max(10, Math.min(40, (io.stderrColumns ?? 80) - tail.length - 3));
      const filled = Math.floor((percent * width) / 100);
      io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${tail}`);
      drawn = true;
    },
    finish: () => {
      if (drawn) io.stderr('\r\u001b[2K');
      drawn = false;
    },
  };
}
