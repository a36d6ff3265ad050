/**
 * Stage: the project's Pagefind setup (src/build/pagefind-index.ts: custom records of
 * normalised keys, built from the union records, not from the HTML).
 *   node pagefind-project.ts <siteDataDir> <outDir>
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildPagefindIndex } from '../../../src/build/pagefind-index.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import { outputSize } from '../output-size.ts';
import { reportStage, seconds } from '../stage-result.ts';

const [dataDir, outDir] = process.argv.slice(2);

async function* unionRecords(): AsyncGenerator<UnionRecord> {
  for await (const line of createInterface({ input: createReadStream(join(dataDir, 'union.jsonl')) })) {
    if (line.trim()) yield JSON.parse(line) as UnionRecord;
  }
}

const started = performance.now();
const { recordCount } = await buildPagefindIndex(unionRecords(), { outDir });
const took = seconds(started);
const size = outputSize(join(outDir, 'pagefind'));
reportStage({ records: recordCount, seconds: took, files: size.files, bytes: size.bytes });
