// Writes schema/scenario.schema.json from the built package, so the shipped file is the schema the
// package validates with. Run after `tsup` (the build script does); a test checks it is not stale.
import { mkdir, writeFile } from 'node:fs/promises';
import { scenarioJsonSchema } from 'shared-services-model';

const target = new URL('../schema/scenario.schema.json', import.meta.url);
await mkdir(new URL('.', target), { recursive: true });
await writeFile(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`, 'utf8');
process.stdout.write(`wrote ${target.pathname}\n`);
