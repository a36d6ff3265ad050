/**
 * Stage: `fihris build` again after one library re-deposits: a copy of the consortium in
 * which the median library's catalogue has lost its last record (its counts change, so every
 * page of a record it holds changes). As a deploy runs it: the output folder and the caches
 * the full build stage left (both restored from the CI cache in deploy.yml): the other
 * libraries come from the ingest cache, unchanged pages and downloads stay in the output
 * folder (or come from the page cache, when the folder is not kept: `--fresh-output`).
 *   node full-rebuild.ts <consortiumDir> <outDir> <scratchDir> [--fresh-output]
 */
import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildSite } from '../../../src/build/build-site.ts';
import { deleteBeforeTimedStage } from '../delete-before-timed-stage.ts';
import { outputSize } from '../output-size.ts';
import { restartWithLargerHeap } from '../../commands/restart-with-larger-heap.ts';
import { reportStage, seconds } from '../stage-result.ts';

// Run by hand, with the heap `fihris build` gives itself (heap-limit.ts), as run-stage.ts runs
// the stages: under Node's default (4 GiB here) it would time another build than the one users run.
const restarted = restartWithLargerHeap();
if (restarted) process.exit(await restarted);

const [consortiumDir, outDir, scratchDir] = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((p) => resolve(p));
const freshOutput = process.argv.includes('--fresh-output');
const contentDir = join(scratchDir, 'consortium');
await rm(contentDir, { recursive: true, force: true });
await cp(consortiumDir, contentDir, { recursive: true });
const libraryCode = await dropLastRecordOfMedianLibrary(join(contentDir, 'libraries'));
process.stderr.write(`${libraryCode} re-deposits its catalogue without its last record\n`);

if (freshOutput) await deleteBeforeTimedStage([outDir], (line) => process.stderr.write(`${line}\n`));

const lines: string[] = [];
const cpuBefore = process.cpuUsage();
const started = performance.now();
const summary = await buildSite({
  contentDir,
  outDir,
  basePath: '/',
  registryPath: join(consortiumDir, 'registry', 'union-ids.tsv'),
  writeRegistry: false,
  // The cache the full build stage filled.
  pageCacheDir: `${outDir}-page-cache`,
  // Each line stamped with the time since the start: the stage times inside the build.
  log: (line) => { lines.push(line); process.stderr.write(`[${seconds(started)} s] ${line}\n`); },
});
const took = seconds(started);
const cpu = process.cpuUsage(cpuBefore);
const pagesLine = lines.find((l) => l.includes('record, listing and acquisition pages:')) ?? '';
const [, rendered, fromCache] = /\((\d+) rendered, (\d+) from the page cache/.exec(pagesLine) ?? [];
const size = outputSize(outDir);
reportStage({
  libraryCode,
  unionRecords: summary.ingest.unionRecords.length,
  seconds: took,
  cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
  recordPagesRendered: Number(rendered),
  recordPagesFromCache: Number(fromCache),
  files: size.files,
  bytes: size.bytes,
});

/** Cuts the last ISO 2709 record (ended by 0x1D) off the median library's largest .mrc file. */
async function dropLastRecordOfMedianLibrary(librariesDir: string): Promise<string> {
  const libraries = await Promise.all((await readdir(librariesDir)).map(async (code) => {
    const files = (await readdir(join(librariesDir, code))).filter((f) => f.endsWith('.mrc'));
    const sizes = await Promise.all(files.map(async (f) => (await stat(join(librariesDir, code, f))).size));
    return { code, files, size: sizes.reduce((a, b) => a + b, 0), largest: files[sizes.indexOf(Math.max(...sizes))] };
  }));
  const withMarc = libraries.filter((l) => l.files.length > 0).sort((a, b) => a.size - b.size);
  const median = withMarc[Math.floor(withMarc.length / 2)];
  const file = join(librariesDir, median.code, median.largest);
  const bytes = await readFile(file);
  const cut = bytes.lastIndexOf(0x1d, bytes.length - 2);
  await writeFile(file, bytes.subarray(0, cut + 1));
  return median.code;
}
