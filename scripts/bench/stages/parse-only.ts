/**
 * Stage: the ISO 2709 reader alone (no decoding) over every .mrc dump of the consortium.
 *   node parse-only.ts <consortiumDir>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogueFile } from '../../../src/ingest/parse/read-catalogue-file.ts';
import type { ConsortiumManifest } from '../consortium-generator.ts';
import { reportStage, seconds } from '../stage-result.ts';

const dir = process.argv[2];
const manifest: ConsortiumManifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const started = performance.now();
let records = 0;
for (const library of manifest.libraries.filter((l) => l.file.endsWith('.mrc'))) {
  const path = join(dir, 'libraries', library.code, library.file);
  for await (const item of readCatalogueFile(path, library.file, 'iso2709')) if (item) records++;
}
const took = seconds(started);
reportStage({ records, seconds: took, recordsPerSecond: Math.round(records / took) });
