/**
 * The bulk dumps at scale (stage 4 of `fihris build`, src/archive/bulk-dumps.ts). Ingests a
 * generated consortium once (from an ingest cache in /tmp when an earlier run left one), then
 * writes the dumps (writeArchiveOutputs without a site URL: dumps only) four times:
 *   no cache       every dump written, as a build with caches off (and as before the cache)
 *   cold cache     every dump written, and stored in an empty cache
 *   warm cache     every library's dumps linked from the cache, the union's copied from cached parts
 *   re-deposit     one library's member changed: that library's dumps and one part of the union's written
 * and checks that the first three give the same bytes. Prints seconds per run, and when
 * the union's three files were done (from their mtimes) and their sizes. Then, from a warm cache
 * again, a re-deposit that corrects one in three of the first library's records.
 *
 *   node scripts/bench-dumps.ts [consortium=bench-out/consortium-100000]
 */
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { writeArchiveOutputs } from '../src/archive/archive-outputs.ts';
import { readIdRegistry } from '../src/ingest/merge/id-registry.ts';
import { ingestCatalogue, type IngestResult } from '../src/ingest/pipeline.ts';

const consortium = resolve(process.argv[2] ?? 'bench-out/consortium-100000');
const scratch = join(tmpdir(), 'fihris-bench-dumps');
const seconds = (ms: number) => Math.round(ms / 10) / 100;

const ingestStarted = performance.now();
const registryText = await readFile(join(consortium, 'registry', 'union-ids.tsv'), 'utf8').catch(() => '');
const ingest = await ingestCatalogue({ contentDir: consortium, registry: readIdRegistry(registryText), cacheDir: join(scratch, `ingest-cache-${basename(consortium)}`) });
console.log(`ingest: ${ingest.unionRecords.length} union records, ${ingest.sourceRecords.size} source records in ${seconds(performance.now() - ingestStarted)} s`);

const cacheDir = join(scratch, 'dumps-cache');
await rm(cacheDir, { recursive: true, force: true });
const noCache = await run('no cache', ingest, undefined);
const cold = await run('cold cache', ingest, cacheDir);
const warm = await run('warm cache', ingest, cacheDir);
const changed = await run('re-deposit', redeposited(ingest), cacheDir);
console.log(`same bytes with and without the cache: ${noCache === cold && cold === warm}; re-deposit changed the sums: ${changed !== warm}`);
const share = redeposited(ingest, 3);
console.log(`a re-deposit that corrects a third of its records: ${share.unionRecords.filter((r, n) => r !== ingest.unionRecords[n]).length} union records changed`);
await run('warm cache again', ingest, cacheDir);
await run('re-deposit, a third corrected', share, cacheDir);
await rm(join(scratch, 'out'), { recursive: true, force: true });
await rm(cacheDir, { recursive: true, force: true });
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);

/** Writes the dumps into a fresh folder; returns their SHA256SUMS. */
async function run(name: string, result: IngestResult, dumpsCacheDir: string | undefined): Promise<string> {
  const outDir = join(scratch, 'out');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const lines: string[] = [];
  const started = Date.now();
  await writeArchiveOutputs(outDir, result, { contentDir: consortium, dumpsCacheDir, log: (line) => lines.push(line.trim()) });
  const took = Date.now() - started;
  const dumps = join(outDir, 'data', 'dumps');
  const unionDone = Math.max(...['union.marcxml.gz', 'union.jsonl.gz', 'union.csv'].map((f) => statSync(join(dumps, f)).mtimeMs)) - started;
  const unionSizes = ['union.marcxml.gz', 'union.jsonl.gz', 'union.csv'].map((f) => `${f} ${(statSync(join(dumps, f)).size / 1e6).toFixed(2)} MB`).join(', ');
  console.log(`${name}: ${seconds(took)} s (union's three files done at ${seconds(unionDone)} s: ${unionSizes}); ${lines.at(-1)}`);
  return readFileSync(join(dumps, 'SHA256SUMS'), 'utf8');
}

/**
 * The ingest as if the first library (by code) had re-deposited with titles corrected: its
 * first record's, or one in `every` of its records' (spread over the whole id order).
 */
function redeposited(result: IngestResult, every = Infinity): IngestResult {
  const code = result.libraries.map((l) => l.code).sort()[0];
  let seen = 0;
  const unionRecords = result.unionRecords.map((record) => {
    const at = record.members.findIndex((m) => m.libraryCode === code);
    if (at === -1 || (seen++ > 0 && seen % every !== 1)) return record;
    const members = record.members.map((m, n) => (n === at ? { ...m, description: { ...m.description, title: { ...m.description.title, proper: `${m.description.title.proper} (corrected)` } } } : m));
    return { ...record, members };
  });
  return { ...result, unionRecords };
}
