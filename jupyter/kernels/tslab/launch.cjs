#!/usr/bin/env node
// Starts the TypeScript kernel (tslab) for the notebooks of shared-services-model.
//
// Jupyter runs this from kernel.json in this folder, with the notebook's folder as the working directory.
// It does two things, then hands over to the repository's own tslab (node_modules/tslab):
//
// 1. Finds the repository: the nearest folder above the notebook (or, failing that, above this file)
//    whose package.json is named shared-services-model.
// 2. Lets tslab see the package's types. tslab type-checks each cell with TypeScript's older "node10"
//    module resolution, which cannot resolve a package by its own name from inside it (Node itself can:
//    at run time `require('shared-services-model')` loads dist/index.cjs through package.json "exports").
//    So it writes one-line declaration files, node_modules/@types/shared-services-model/index.d.ts
//    re-exporting dist/index.d.ts, and report.d.ts and the others likewise for the other entries.
//    node_modules is not committed; a file is rewritten only if it differs. The package must be built
//    (`npm run build`) for the types and the code to exist.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

const NAME = 'shared-services-model';

function findRepo(start) {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    try {
      if (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === NAME) return dir;
    } catch {
      // no package.json here, or not JSON: keep looking
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

const repo = findRepo(process.cwd()) ?? findRepo(__dirname);
if (repo === undefined) {
  console.error(`tslab kernel for ${NAME}: no ${NAME} repository above ${process.cwd()} or ${__dirname}`);
  process.exit(1);
}

const typesDir = path.join(repo, 'node_modules', '@types', NAME);
// One stub per entry of the package: `shared-services-model`, `shared-services-model/report`, ….
const entries = { index: 'index', report: 'report', workbook: 'workbook', testing: 'testing', 'testing/arbitraries': 'testing-arbitraries' };
for (const [stubName, built] of Object.entries(entries)) {
  const typesFile = path.join(typesDir, `${stubName}.d.ts`);
  const up = '../'.repeat(stubName.split('/').length + 2);
  const stub =
    `// Written by jupyter/kernels/tslab/launch.cjs so that tslab (node10 module resolution) finds the\n` +
    `// types of the package being developed here. Safe to delete; the kernel writes it again.\n` +
    `export * from '${up}dist/${built}';\n`;
  try {
    if (!fs.existsSync(typesFile) || fs.readFileSync(typesFile, 'utf8') !== stub) {
      fs.mkdirSync(path.dirname(typesFile), { recursive: true });
      fs.writeFileSync(typesFile, stub);
    }
  } catch (err) {
    console.error(`tslab kernel for ${NAME}: could not write ${typesFile}: ${err.message}`);
  }
}
if (!fs.existsSync(path.join(repo, 'dist', 'index.cjs'))) {
  console.error(`tslab kernel for ${NAME}: ${path.join(repo, 'dist')} is not built; run \`npm run build\` first`);
}

let main;
try {
  main = createRequire(path.join(repo, 'package.json')).resolve('tslab/dist/main.js');
} catch {
  console.error(`tslab kernel for ${NAME}: tslab is not installed in ${repo}; run \`npm ci\` first`);
  process.exit(1);
}
// argv is [node, this file, 'kernel', '--config-path', <connection file>], as tslab's own bin receives it.
require(main).main();
