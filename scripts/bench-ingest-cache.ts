/**
 * The per-library ingest cache at scale. On a copy of a generated consortium, in a fresh
 * process each (so that peak RSS is the stage's own), it ingests: without cache; into an
 * empty cache; from a full cache; after one library re-deposits (the median one by dump size,
 * whose dump gets its first record again at the end); and the largest library alone, read
 * and then from the cache. Prints wall and CPU seconds and peak RSS per stage.
 *
 *   node scripts/bench-ingest-cache.ts [consortium=bench-out/consortium-100000]
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIdRegistry } from '../src/ingest/merge/id-registry.ts';
import { ingestCatalogue } from '../src/ingest/pipeline.ts';

interface Stage { name: string; contentDir: string; cacheDir?: string; libraryCodes?: string[] }
interface Figures {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  records: number;
  fromCache: number;
  libraries: number;
  /** When the last library came from the cache: with a full cache, the rest is merging. */
  lastHitSeconds?: number;
}

if (process.argv[2] === '--stage') console.log(JSON.stringify(await runStage(JSON.parse(process.argv[3]) as Stage)));
else await main(resolve(process.argv[2] ?? 'bench-out/consortium-100000'));

async function main(consortium: string): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'fihris-bench-ingest-cache-'));
  try {
    const contentDir = join(scratch, 'content');
    const cacheDir = join(scratch, 'cache');
    await cp(join(consortium, 'libraries'), join(contentDir, 'libraries'), { recursive: true });
    const bySize = await librariesBySize(contentDir);
    const largest = bySize.at(-1)!;
    const median = bySize[Math.floor(bySize.length / 2)];
    const rows: Array<[string, Figures]> = [];
    const run = (name: string, stage: Omit<Stage, 'name' | 'contentDir'>) => rows.push([name, inChild({ name, contentDir, ...stage })]);

    run('no cache', {});
    run('empty cache', { cacheDir });
    const cacheMb = (await folderBytes(cacheDir)) / 1e6;
    run('full cache', { cacheDir });
    await redeposit(median.dump);
    run(`${median.code} re-deposited`, { cacheDir });
    run(`${largest.code} alone, read`, { libraryCodes: [largest.code] });
    run(`${largest.code} alone, cached`, { cacheDir, libraryCodes: [largest.code] });
    print(consortium, rows);
    console.log(`cache folder: ${cacheMb.toFixed(0)} MB for ${bySize.length} libraries`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function runStage(stage: Stage): Promise<Figures> {
  const started = performance.now();
  let lastHit: number | undefined;
  const onProgress = (event: { fromCache?: boolean }) => {
    if (event.fromCache) lastHit = performance.now();
  };
  const result = await ingestCatalogue({ contentDir: stage.contentDir, registry: readIdRegistry(''), cacheDir: stage.cacheDir, libraryCodes: stage.libraryCodes, onProgress });
  const wallSeconds = (performance.now() - started) / 1000;
  const usage = process.resourceUsage();
  return {
    wallSeconds,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakRssMb: usage.maxRSS / 1024,
    records: result.libraries.reduce((sum, l) => sum + l.recordsRead, 0),
    fromCache: result.cachedLibraries?.length ?? 0,
    libraries: result.libraries.length,
    lastHitSeconds: lastHit === undefined ? undefined : (lastHit - started) / 1000,
  };
}

function inChild(stage: Stage): Figures {
  const output = execFileSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--stage', JSON.stringify(stage)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(output.trim().split('\n').at(-1)!) as Figures;
}

async function librariesBySize(contentDir: string) {
  const libraries = [];
  for (const code of (await readdir(join(contentDir, 'libraries'))).sort()) {
    const names = (await readdir(join(contentDir, 'libraries', code))).filter((name) => name !== 'library.yml');
    const dump = join(contentDir, 'libraries', code, names[0]);
    libraries.push({ code, dump, bytes: (await stat(dump)).size });
  }
  return libraries.sort((a, b) => a.bytes - b.bytes);
}

/** Appends the dump's first record (ISO 2709: up to the first record terminator) once more. */
async function redeposit(dump: string): Promise<void> {
  const bytes = await readFile(dump);
  const firstRecord = bytes.subarray(0, bytes.indexOf(0x1d) + 1);
  await writeFile(dump, Buffer.concat([bytes, firstRecord]));
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(folder)) total += (await stat(join(folder, name))).size;
  return total;
}

function print(consortium: string, rows: Array<[string, Figures]>): void {
  console.log(`Ingest cache on ${consortium} (node ${process.version})`);
  console.log('stage'.padEnd(34) + 'wall s'.padStart(8) + 'CPU s'.padStart(8) + 'peak RSS MB'.padStart(13) + 'records'.padStart(10) + 'cached'.padStart(9) + 'last hit s'.padStart(12));
  for (const [name, f] of rows) {
    const lastHit = f.lastHitSeconds === undefined ? '' : f.lastHitSeconds.toFixed(1);
    console.log(name.padEnd(34) + f.wallSeconds.toFixed(1).padStart(8) + f.cpuSeconds.toFixed(1).padStart(8) + f.peakRssMb.toFixed(0).padStart(13) + String(f.records).padStart(10) + `${f.fromCache}/${f.libraries}`.padStart(9) + lastHit.padStart(12));
  }
}
