/**
 * Stage: the whole ingest (ingestCatalogue: parse → decode → validate → model → merge → ids),
 * then the site data written as `fihris build` stages it for Astro (union.jsonl,
 * libraries.json, redirects.json), for the render and index stages.
 *   node ingest.ts <consortiumDir> <siteDataDir>
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { siteLibraries } from '../../../src/build/site-libraries.ts';
import { unionJsonLines } from '../../../src/ingest/emit/union-jsonl.ts';
import { writeLines } from '../../../src/ingest/emit/write-lines.ts';
import { readIdRegistry } from '../../../src/ingest/merge/id-registry.ts';
import { ingestCatalogue } from '../../../src/ingest/pipeline.ts';
import { reportStage, seconds } from '../stage-result.ts';

const [contentDir, dataDir] = process.argv.slice(2);
const started = performance.now();
const ingest = await ingestCatalogue({ contentDir: resolve(contentDir), registry: readIdRegistry('') });
const ingestSeconds = seconds(started);
const records = ingest.libraries.reduce((sum, library) => sum + library.recordsRead, 0);

const writing = performance.now();
await rm(dataDir, { recursive: true, force: true });
await mkdir(dataDir, { recursive: true });
await writeLines(join(dataDir, 'union.jsonl'), unionJsonLines(ingest.unionRecords));
await writeFile(join(dataDir, 'libraries.json'), `${JSON.stringify(siteLibraries(ingest), null, 1)}\n`);
await writeFile(join(dataDir, 'redirects.json'), `${JSON.stringify({ redirects: ingest.redirects, gone: ingest.gone }, null, 1)}\n`);

reportStage({
  records,
  unionRecords: ingest.unionRecords.length,
  rejected: ingest.rejections.length,
  errorDiagnostics: ingest.diagnostics.filter((d) => d.severity === 'error').length,
  seconds: ingestSeconds,
  recordsPerSecond: Math.round(records / ingestSeconds),
  writeDataSeconds: seconds(writing),
});
