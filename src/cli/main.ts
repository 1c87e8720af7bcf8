#!/usr/bin/env node
// The `shared-services` command. The program itself (src/cli/program.ts) is compiled from V8's code cache
// by src/cli/program-loader.ts, which says why.
import { runProgram } from './program-loader.js';

runProgram(process.argv.slice(2));
