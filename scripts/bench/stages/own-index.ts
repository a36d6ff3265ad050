/**
 * Stage: the project's own search index (src/search-index/, its own issue), when it exists.
 * Expects src/search-index/build-search-index.ts exporting
 * buildSearchIndex(records, { outDir }); says plainly what is missing otherwise.
 *   node own-index.ts <siteDataDir> <outDir>
 */
import { createReadStream, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { outputSize } from '../output-size.ts';
import { reportStage, seconds } from '../stage-result.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const modulePath = join(projectRoot, 'src/search-index/build-search-index.ts');
const [dataDir, outDir] = process.argv.slice(2);

if (!existsSync(modulePath)) {
  console.error(`not built yet: ${modulePath} does not exist`);
  process.exit(1);
}
const module = await import(pathToFileURL(modulePath).href);
if (typeof module.buildSearchIndex !== 'function') {
  console.error(`not built yet: ${modulePath} exports no buildSearchIndex(records, { outDir })`);
  process.exit(1);
}

async function* unionRecords(): AsyncGenerator<unknown> {
  for await (const line of createInterface({ input: createReadStream(join(dataDir, 'union.jsonl')) })) {
    if (line.trim()) yield JSON.parse(line);
  }
}

const started = performance.now();
await module.buildSearchIndex(unionRecords(), { outDir });
const took = seconds(started);
const size = outputSize(outDir);
reportStage({ seconds: took, files: size.files, bytes: size.bytes });
