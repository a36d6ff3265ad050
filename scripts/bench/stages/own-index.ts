/**
 * Stage: the project's own search index (src/search-index/build-index.ts, buildFihrisIndex,
 * its own issue), over the same union records as Pagefind. Says plainly when it is missing.
 *   node own-index.ts <siteDataDir> <outDir>
 */
import { createReadStream, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import { reportStage, seconds } from '../stage-result.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const modulePath = join(projectRoot, 'src/search-index/build-index.ts');
const [dataDir, outDir] = process.argv.slice(2);

// Imported by path at run time: the index is being written alongside the benchmark.
if (!existsSync(modulePath)) {
  console.error(`not built yet: ${modulePath} does not exist`);
  process.exit(1);
}
const module = await import(pathToFileURL(modulePath).href);
if (typeof module.buildFihrisIndex !== 'function') {
  console.error(`not built yet: ${modulePath} exports no buildFihrisIndex(records, { outDir })`);
  process.exit(1);
}

async function* unionRecords(): AsyncGenerator<UnionRecord> {
  for await (const line of createInterface({ input: createReadStream(join(dataDir, 'union.jsonl')) })) {
    if (line.trim()) yield JSON.parse(line) as UnionRecord;
  }
}

const started = performance.now();
const stats = await module.buildFihrisIndex(unionRecords(), { outDir });
reportStage({ seconds: seconds(started), records: stats.records, terms: stats.terms, postings: stats.postings, files: stats.files, bytes: stats.bytes });
