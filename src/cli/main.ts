#!/usr/bin/env node
// The command-line entry. Commands arrive with the engine; this reserves the bin.
process.stdout.write('shared-services: commands are not available yet\n');
