/**
 * A worker thread that deletes folders (delete-folders-in-background.ts starts it), one after
 * another, with synchronous calls on its own thread: none of them waits in, or holds up, the
 * libuv thread pool that the build's reads go through. An error ends the worker with it.
 */
import { rmSync } from 'node:fs';
import { workerData } from 'node:worker_threads';

for (const folder of workerData as string[]) rmSync(folder, { recursive: true, force: true });
