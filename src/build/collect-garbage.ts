/**
 * A full garbage collection, now: before the build starts Astro's process, so that the two
 * processes' memory is not this one's garbage plus Astro's catalogue (at 100k records this
 * process held about a gigabyte of garbage from the ingest and staging when Astro started).
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
