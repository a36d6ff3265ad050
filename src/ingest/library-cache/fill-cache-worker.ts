/**
 * A worker of fillLibraryCache: reads each library it is sent into the cache and answers
 * whether it could. Nothing else is kept: the build takes the library from the cache.
 */
import { parentPort } from 'node:worker_threads';
import { ingestLibraryIntoCache } from '../pipeline.ts';
import type { FillRequest } from './fill-library-cache.ts';
import { openLibraryCache } from './library-cache.ts';

parentPort!.on('message', async ({ library, cacheFolder, codeVersion }: FillRequest) => {
  try {
    await ingestLibraryIntoCache(library, await openLibraryCache(cacheFolder, codeVersion));
    parentPort!.postMessage({ ok: true });
  } catch {
    // The build's thread reads this library again and reports what went wrong there.
    parentPort!.postMessage({ ok: false });
  }
});
