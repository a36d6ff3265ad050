/**
 * Builds the fihris index over a synthetic consortium (100k union records; 1M with --big) and
 * prints build time, peak memory, files and bytes, what each kind of query downloads (measured
 * by the engine itself over the files on disk), and the share of files a rebuild rewrites after
 * one library re-deposits. Browser timings on a throttled link belong to the benchmark suite.
 *
 *   node --max-old-space-size=6144 scripts/bench-search-index.ts [--big] [--records N] [--no-update]
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFihrisIndexEngine } from '../src/client/search/fihris-index-engine.ts';
import type { UnionRecord } from '../src/shared/catalog-schema.ts';
import { buildFihrisIndex } from '../src/search-index/build-index.ts';
import { redeposit } from '../tests/fixtures/search-index/redeposit.ts';
import { syntheticUnionRecords } from '../tests/fixtures/search-index/synthetic-union-records.ts';

const args = process.argv.slice(2);
const records = Number(args[args.indexOf('--records') + 1]) || (args.includes('--big') ? 1_000_000 : 100_000);
const tailWords = Math.round(records / 2);
const outDir = join(tmpdir(), `fihris-bench-${records}`);
const baseUrl = 'https://bench.test/';

/** Bytes fetched per index folder since the last reset: where a query's bytes go. */
const fetchedByFolder = new Map<string, number>();

function diskFetch(dir: string): typeof fetch {
  return (async (input: string | URL | Request) => {
    const name = String(input).slice(baseUrl.length);
    try {
      const bytes = new Uint8Array(await readFile(join(dir, name)));
      const folder = name.includes('/') ? name.slice(0, name.indexOf('/')) : name;
      fetchedByFolder.set(folder, (fetchedByFolder.get(folder) ?? 0) + bytes.length);
      return new Response(bytes);
    } catch {
      return new Response('', { status: 404 });
    }
  }) as typeof fetch;
}

async function build(source: Iterable<UnionRecord>, dir: string) {
  const cpuBefore = process.cpuUsage();
  const stats = await buildFihrisIndex(source, { outDir: dir });
  const cpu = process.cpuUsage(cpuBefore);
  // CPU seconds as well as wall seconds: on a shared machine the wall clock measures the neighbours.
  console.log(`build: ${stats.records} records, ${stats.terms} terms, ${stats.postings} postings in ${(stats.milliseconds / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  console.log(`steps: ${Object.entries(stats.phases).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
  console.log(`files: ${stats.files}, ${(stats.bytes / 1e6).toFixed(1)} MB; ` + Object.entries(stats.byFolder).map(([f, t]) => `${f} ${t.files} (${(t.bytes / 1e6).toFixed(1)} MB)`).join(', '));
}

async function queries(dir: string) {
  const cases: [string, string, string | undefined, boolean][] = [
    ['cold one word', 'مكتبة ', undefined, true],
    ['warm two words', 'تاريخ عمان ', undefined, false],
    // As the search page sends them: no trailing space, so the second word is still being typed.
    ['warm two words, as sent', 'معجم اللغة', undefined, false],
    ['warm common pair', 'الفقه الإسلامي ', undefined, false],
    ['warm three words', 'شرح ديوان الشعر ', undefined, false],
    ['warm three words, common', 'تاريخ عمان الحديث ', undefined, false],
    ['warm prefix', 'مكت', undefined, false],
    ['warm prefix و', 'وزا', undefined, false],
    ['cold library-scoped broad', 'تاريخ ', 'lib01', true],
    ['warm library-scoped broad', 'الأدب ', 'lib07', false],
    ['cold library listing', '', 'lib03', true],
    ['cold language-scoped broad', 'تاريخ ', 'lang:ara', true],
    ['warm phrase', '"تاريخ عمان"', undefined, false],
    ['warm romanised', 'tarikh uman ', undefined, false],
  ];
  let engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir) });
  for (const [label, query, library, cold] of cases) {
    if (cold) engine = createFihrisIndexEngine({ baseUrl, fetch: diskFetch(dir) });
    else await engine.search('دليل ', {}); // warm: root and a first query already loaded
    fetchedByFolder.clear();
    // A scope written lang:<code> is a language, anything else a library.
    const scope = library?.startsWith('lang:') ? { language: library.slice(5) } : { library };
    const r = await engine.search(query, scope);
    const folders = [...fetchedByFolder].map(([folder, bytes]) => `${folder} ${(bytes / 1024).toFixed(1)}`).join(', ');
    console.log(`${label.padEnd(26)} ${JSON.stringify(query + (library ? ` @${library}` : '')).padEnd(22)} ${(r.cost.bytes / 1024).toFixed(1).padStart(6)} KB ${String(r.cost.requests).padStart(3)} requests ${r.cost.rounds} rounds; total ${r.totalIsExact ? '' : '~'}${r.total}${r.budgetExceeded ? ' (over budget)' : ''} [${folders}]`);
  }
}

/** Every index file's name (folder/name) and size. */
async function fileSizes(dir: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const folder of ['i', 'd', 'p', 't', 'h', 'k', 'c']) {
    for (const name of await readdir(join(dir, folder))) sizes.set(`${folder}/${name}`, (await stat(join(dir, folder, name))).size);
  }
  return sizes;
}

/** Files (and bytes) of the update that the first build did not have: what a deploy uploads and browsers fetch again. */
function printRewritten(before: Map<string, number>, after: Map<string, number>): void {
  const byFolder = new Map<string, { files: number; bytes: number; newFiles: number; newBytes: number }>();
  for (const [name, size] of after) {
    const tally = byFolder.get(name[0]) ?? { files: 0, bytes: 0, newFiles: 0, newBytes: 0 };
    tally.files++;
    tally.bytes += size;
    if (!before.has(name)) (tally.newFiles++, (tally.newBytes += size));
    byFolder.set(name[0], tally);
  }
  const all = [...byFolder.values()].reduce((sum, t) => ({ files: sum.files + t.files, bytes: sum.bytes + t.bytes, newFiles: sum.newFiles + t.newFiles, newBytes: sum.newBytes + t.newBytes }));
  const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
  console.log(`update (lib05 re-deposits): ${all.newFiles} of ${all.files} files new (${percent(all.newFiles, all.files)}), ${(all.newBytes / 1e6).toFixed(1)} of ${(all.bytes / 1e6).toFixed(1)} MB (${percent(all.newBytes, all.bytes)})`);
  console.log('  by folder: ' + [...byFolder].map(([f, t]) => `${f} ${t.newFiles}/${t.files} (${percent(t.newFiles, t.files)} of files, ${percent(t.newBytes, t.bytes)} of bytes)`).join(', '));
}

console.log(`fihris index benchmark: ${records} synthetic union records`);
await build(syntheticUnionRecords({ records, tailWords }), outDir);
await queries(outDir);
if (!args.includes('--no-update')) {
  const before = await fileSizes(outDir);
  const updatedDir = `${outDir}-update`;
  await build(redeposit({ records, tailWords }), updatedDir);
  printRewritten(before, await fileSizes(updatedDir));
}
