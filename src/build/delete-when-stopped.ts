/**
 * A build stopped by a signal (Ctrl-C, a CI job's timeout, `kill`) runs none of its `finally`
 * blocks, so its scratch folders stayed behind: the staged site data in the temporary folder
 * (union.jsonl alone is gigabytes at a million records), Astro's folder beside the output, and
 * Astro's own in .fihris/. These handlers delete them, then let the signal stop the process as
 * it would have without them: the exit status still says which signal stopped the build.
 */
import { rmSync } from 'node:fs';

/** The signals that stop a build: Ctrl-C, `kill` and a CI job's timeout, a closed terminal. */
export const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface DeletionWhenStopped {
  /** The folders are gone or the caller deletes them itself: a signal stops the process as usual again. */
  release(): void;
}

/**
 * `stopFirst` stops what still writes into the folders (a child process) before they go.
 * @example const scratch = deleteWhenStopped([stagingDir], () => child.kill()); try { … } finally { await rm(stagingDir, …); scratch.release(); }
 */
export function deleteWhenStopped(folders: string[], stopFirst: () => void = () => {}): DeletionWhenStopped {
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    stopFirst();
    // Synchronous: the process ends as soon as this handler returns. Retried: a worker thread
    // may still be adding a file while the folder is emptied.
    for (const folder of folders) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    // With the handlers gone, the signal's default action: the process ends by it.
    process.kill(process.pid, signal);
  };
  const release = () => {
    for (const signal of stopSignals) process.off(signal, onSignal);
  };
  for (const signal of stopSignals) process.on(signal, onSignal);
  return { release };
}
