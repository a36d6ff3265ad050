/**
 * A full garbage collection, now: once the data is staged, before the search index's worker (its
 * own copy of the records, about 600 MB at 100k) and then the renderer's workers start beside this
 * process, which held about a gigabyte of garbage from the ingest and staging there (it was for
 * Astro's process, which then read its own copy of the catalogue; 0.9 s at 100k, timed around the
 * call in a rebuild).
 * Node exposes `gc` only to a process started with --expose-gc; the flag can be set at run
 * time, and the function is then found in a new context.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
