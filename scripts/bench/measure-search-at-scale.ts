/**
 * The project's own index measured in the browser at a size whose whole site this machine cannot
 * build (1M union records: the ingest alone needs 14 GiB and 15 minutes, the site ~53 GB of disk).
 * The index of N synthetic union records (the index benchmark's generator,
 * scripts/bench-search-index.ts) is built, then served in place of a built site's own index,
 * beside that site's pages, script and stylesheet, and queried as the benchmark queries a built
 * site (scripts/bench/measure-search.ts: Debian chromium, 1.6 Mbit/s, 150 ms, HTTP/2 over TLS).
 * The records are held by the site's own libraries, so that its library select scopes them.
 *
 *   node --max-old-space-size=6144 scripts/bench/measure-search-at-scale.ts <builtSiteDir> [--records N] [--index DIR] [--json]
 *
 * builtSiteDir: a site built with the fihris engine (the benchmark's 100k build is one).
 * --records: union records in the index (1,000,000 unless told).
 * --index: where the index is built, or is taken from when it holds one already.
 * --json: as a stage of `npm run bench` (--search-at N) reports it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { hashSourceCode } from '../../src/ingest/library-cache/code-version.ts';
import { buildFihrisIndex } from '../../src/search-index/build-index.ts';
import { fihrisIndexFolder } from '../../src/shared/search/fihris-index-format.ts';
import { syntheticUnionRecords, type SyntheticOptions } from '../../tests/fixtures/search-index/synthetic-union-records.ts';
import { measureSearch, reportFigures, type QueryFigures } from './measure-search.ts';

/** Records whose titles the scenarios are picked from, as measure-search picks them from union.jsonl. */
const scenarioSample = 20_000;

async function siteLibraryCodes(siteDir: string): Promise<string[]> {
  const libraries = JSON.parse(await readFile(join(siteDir, 'data', 'libraries.json'), 'utf8')) as { code: string }[];
  return libraries.map((library) => library.code);
}

/**
 * The code an index is built by: the indexer and the shared zone (the format, the normaliser),
 * hashed as the build's search index cache hashes them. An index built by other code is built
 * again: the browser's engine, from this checkout, reads the format as this code writes it.
 */
function indexCodeHash(): Promise<string> {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  return hashSourceCode([join(src, 'search-index'), join(src, 'shared')]);
}

/** Builds the index, unless the folder holds one built from the same generator settings and code (said in a file beside it). */
async function buildIndexUnlessBuilt(indexDir: string, generator: SyntheticOptions): Promise<void> {
  const settingsFile = `${indexDir}.generator.json`;
  const settings = JSON.stringify({ ...generator, indexCode: await indexCodeHash() });
  if (existsSync(join(indexDir, 'root.json')) && await readFile(settingsFile, 'utf8').catch(() => '') === settings) {
    console.error(`index: ${indexDir} (built before from the same records by the same code)`);
    return;
  }
  await rm(settingsFile, { force: true });
  const stats = await buildFihrisIndex(syntheticUnionRecords(generator), { outDir: indexDir });
  await writeFile(settingsFile, settings);
  console.error(`index: ${stats.records} records, ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB, built in ${(stats.milliseconds / 1000).toFixed(1)} s into ${indexDir}`);
}

/**
 * A folder that serves as the site: links to the built site's files, its index folder replaced
 * by the synthetic one, and a data/union.jsonl of the first synthetic records for the scenarios.
 */
async function composeSite(siteDir: string, indexDir: string, siteOut: string, generator: SyntheticOptions): Promise<void> {
  await rm(siteOut, { recursive: true, force: true });
  await mkdir(join(siteOut, 'data'), { recursive: true });
  for (const name of await readdir(siteDir)) {
    if (name !== fihrisIndexFolder && name !== 'data') await symlink(resolve(siteDir, name), join(siteOut, name));
  }
  await symlink(resolve(indexDir), join(siteOut, fihrisIndexFolder));
  const lines: string[] = [];
  for (const record of syntheticUnionRecords({ ...generator, records: Math.min(scenarioSample, generator.records) })) lines.push(JSON.stringify(record));
  await writeFile(join(siteOut, 'data', 'union.jsonl'), `${lines.join('\n')}\n`);
}

/**
 * The benchmark's queries on an own index of `records` synthetic union records, served beside the
 * pages of `siteDir` (a site built with the fihris engine).
 * @example await measureSearchAtScale('bench-out/work-100000/build', { records: 1_000_000 })
 */
export async function measureSearchAtScale(siteDir: string, options: { records: number; indexDir?: string }): Promise<QueryFigures[]> {
  const { records } = options;
  // The same generator settings as the index benchmark's, so the two report on the same index.
  const generator: SyntheticOptions = { records, tailWords: Math.round(records / 2), libraryCodes: await siteLibraryCodes(siteDir) };
  const indexDir = options.indexDir ?? join(tmpdir(), `fihris-scale-${records}`);
  await buildIndexUnlessBuilt(indexDir, generator);
  const siteOut = `${indexDir}-site`;
  await composeSite(siteDir, indexDir, siteOut, generator);
  console.error(`${records.toLocaleString('en')} synthetic union records, the pages of ${siteDir}`);
  return measureSearch(siteOut);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: {
    records: { type: 'string' }, index: { type: 'string' }, json: { type: 'boolean', default: false },
  } });
  const siteDir = positionals[0];
  if (!siteDir || !existsSync(join(siteDir, fihrisIndexFolder, 'root.json'))) {
    console.error('usage: measure-search-at-scale.ts <builtSiteDir with a fihris index> [--records N] [--index DIR] [--json]');
    process.exit(2);
  }
  const figures = await measureSearchAtScale(siteDir, { records: Number(values.records ?? 1_000_000), indexDir: values.index });
  reportFigures(figures, values.json);
}
