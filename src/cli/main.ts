#!/usr/bin/env node
// The command-line entry: the only place that touches the real process (streams, files, exit status).
import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from './run.js';
import type { CliIO } from './io.js';

const io: CliIO = {
  stdout: (data) => void process.stdout.write(data),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, data) => (typeof data === 'string' ? writeFile(path, data, 'utf8') : writeFile(path, data)),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  stderrColumns: process.stderr.columns ?? 80,
  now: () => performance.now(),
};

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

void runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
