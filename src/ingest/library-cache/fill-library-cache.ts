/**
 * Reads the libraries the cache does not hold in worker threads, one library a thread at a
 * time, each written into the cache as the build's own thread would have written it. The
 * ingest then takes every library from the cache in folder order, so the catalogue is the same
 * one, byte for byte, as a read on one thread: only the reading ran beside itself (on two cores
 * a full build read its libraries on one while the other waited). A library whose worker fails
 * stays out of the cache and is read on the build's thread, where its error is reported as ever.
 */
import { stat, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { LibraryCache } from './library-cache.ts';
import { libraryCacheKey } from './library-key.ts';

export interface LibraryToRead {
  code: string;
  libraryDir: string;
  /** libraries/<code>, as diagnostics name it. */
  relativeDir: string;
}

/** What a fill worker is asked: one library, and the cache to write it into. */
export interface FillRequest {
  library: LibraryToRead;
  cacheFolder: string;
  codeVersion: string;
}

export interface FilledCache {
  /** Each library's cache key, computed once for the build. */
  keys: Map<string, string>;
  /** The libraries the workers read and cached in this build. */
  filled: Set<string>;
}

/** `workerLimits`: each worker's heap limits (Node's resourceLimits); by default, Node's. */
export async function fillLibraryCache(libraries: LibraryToRead[], cache: LibraryCache, threads = availableParallelism(), workerLimits?: ResourceLimits): Promise<FilledCache> {
  const keys = new Map<string, string>();
  const misses: LibraryToRead[] = [];
  for (const library of libraries) {
    const key = await libraryCacheKey(library.libraryDir, library.code, cache.codeVersion);
    keys.set(library.code, key);
    if (!(await cache.holds(library.code, key))) misses.push(library);
  }
  const filled = new Set<string>();
  // One library to read, or one core: the build's own thread reads it, with no worker to start.
  if (misses.length < 2 || threads < 2) return { keys, filled };
  const sizes = new Map(await Promise.all(misses.map(async (library) => [library.code, await folderBytes(library.libraryDir)] as const)));
  const queue = [...misses].sort((a, b) => sizes.get(b.code)! - sizes.get(a.code)!);
  const newWorker = () => new Worker(new URL('./fill-cache-worker.ts', import.meta.url), { resourceLimits: workerLimits });
  const runWorker = async () => {
    let worker = newWorker();
    try {
      for (let library = queue.shift(); library; library = queue.shift()) {
        const request: FillRequest = { library, cacheFolder: cache.folder, codeVersion: cache.codeVersion };
        const answer = await readInWorker(worker, request);
        if (answer === 'cached') filled.add(library.code);
        // A worker that died (out of memory on a huge library, say) is replaced for the next one.
        if (answer === 'worker died') worker = newWorker();
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(threads, misses.length) }, runWorker));
  return { keys, filled };
}

/**
 * 'cached' when the worker wrote the library's entry; 'failed' when it could not (the build's
 * thread reads the library then); 'worker died' when the worker itself stopped.
 */
function readInWorker(worker: Worker, request: FillRequest): Promise<'cached' | 'failed' | 'worker died'> {
  return new Promise((resolve) => {
    const done = (answer: 'cached' | 'failed' | 'worker died') => {
      worker.off('message', onMessage);
      worker.off('error', onStop);
      worker.off('exit', onStop);
      resolve(answer);
    };
    const onMessage = (message: { ok: boolean }) => done(message.ok ? 'cached' : 'failed');
    const onStop = () => done('worker died');
    worker.on('message', onMessage);
    worker.on('error', onStop);
    worker.on('exit', onStop);
    worker.postMessage(request);
  });
}

/** Bytes of the files in a library folder: the largest libraries go first, so the threads end together. */
async function folderBytes(folder: string): Promise<number> {
  const names = await readdir(folder).catch(() => []);
  const sizes = await Promise.all(names.map((name) => stat(join(folder, name)).then((s) => s.size, () => 0)));
  return sizes.reduce((sum, size) => sum + size, 0);
}
