/**
 * Deletes folders of many files while the build goes on. `fs.promises.rm` takes a file at a
 * time through libuv's thread pool, four threads that every asynchronous read of the build
 * shares: deleting the previous search index's 28,668 files (100k records) queued each of the
 * ingest's cache reads behind thousands of unlinks, and the build's thread sat idle for 5.9 s
 * of a rebuild. A worker thread deletes them with synchronous calls instead, off the pool:
 * the 36 cache files read in 1.6–1.9 s while it deletes, 6.2–7.6 s behind `fs.promises.rm`,
 * 1.4–1.9 s with nothing deleted (`node scripts/bench-background-delete.ts`).
 */
import { Worker } from 'node:worker_threads';

/**
 * Settles when every folder is gone; rejects with the error that stopped the deletion.
 * @example await deleteFoldersInBackground(['dist.previous-x1y2'])
 */
export function deleteFoldersInBackground(folders: string[]): Promise<void> {
  if (folders.length === 0) return Promise.resolve();
  const worker = new Worker(new URL('./delete-folders-worker.ts', import.meta.url), { workerData: folders });
  return new Promise((resolve, reject) => {
    let failed: Error | undefined;
    worker.on('error', (error) => { failed = error; });
    worker.on('exit', (code) => {
      if (failed) reject(failed);
      else if (code === 0) resolve();
      else reject(new Error(`the deleting thread stopped with exit code ${code}`));
    });
  });
}
