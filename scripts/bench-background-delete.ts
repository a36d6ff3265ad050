/**
 * What deleting the previous build's folders in the background costs the reads the build makes
 * meanwhile: the files of `readDir` (the ingest cache's, say) read one after another while a
 * copy of `deleteDir` (the previous search index, say) is deleted by `fs.promises.rm`, which
 * goes through libuv's thread pool, or by deleteFoldersInBackground, a worker thread off it;
 * and with nothing deleted, for the floor. Three rounds, alternated; each copy is written and
 * synced before its round.
 *   node scripts/bench-background-delete.ts <deleteDir> <readDir> [scratchDir=bench-out]
 * e.g. node scripts/bench-background-delete.ts bench-out/work-100000/build/fihris-index bench-out/work-100000/build-page-cache-ingest
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deleteFoldersInBackground } from '../src/build/delete-folders-in-background.ts';

const [deleteDir, readDir, scratchDir = 'bench-out'] = process.argv.slice(2).map((path) => resolve(path));
if (!deleteDir || !readDir) {
  console.error('usage: node scripts/bench-background-delete.ts <deleteDir> <readDir> [scratchDir]');
  process.exit(2);
}
const names = readdirSync(readDir).sort();
const victim = join(scratchDir, '.bench-background-delete');
const deleters: Record<string, (() => Promise<unknown>) | undefined> = {
  'nothing deleted': undefined,
  'fs.promises.rm (thread pool)': () => rm(victim, { recursive: true, force: true }),
  'deleteFoldersInBackground (worker)': () => deleteFoldersInBackground([victim]),
};
const files = readdirSync(deleteDir, { recursive: true }).length;
console.log(`reading the ${names.length} files of ${readDir} while ${files} entries (a copy of ${deleteDir}) are deleted`);
for (let round = 1; round <= 3; round++) {
  for (const [name, deleter] of Object.entries(deleters)) {
    cpSync(deleteDir, victim, { recursive: true });
    execFileSync('sync');
    const started = performance.now();
    const deleted = deleter?.() ?? Promise.resolve();
    let bytes = 0;
    for (const file of names) bytes += (await readFile(join(readDir, file))).byteLength;
    const read = (performance.now() - started) / 1000;
    await deleted;
    const gone = (performance.now() - started) / 1000;
    await rm(victim, { recursive: true, force: true });
    console.log(`round ${round}, ${name.padEnd(36)} ${(bytes / 1e6).toFixed(0)} MB read in ${read.toFixed(2)} s; deleted after ${gone.toFixed(2)} s`);
  }
}
