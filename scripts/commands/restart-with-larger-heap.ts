/**
 * Runs this command line again in a child Node with the heap that heapLimitToRaise asks for,
 * and settles with the child's exit code; undefined when no larger heap is wanted, and the
 * command then runs in this process.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { stopSignals } from '../../src/build/delete-when-stopped.ts';
import { currentHeapSituation, heapLimitToRaise } from '../../src/build/heap-limit.ts';

export function restartWithLargerHeap(): Promise<number> | undefined {
  const oldSpaceMiB = heapLimitToRaise(currentHeapSituation());
  if (oldSpaceMiB === undefined) return undefined;
  const child = spawn(process.execPath, [`--max-old-space-size=${oldSpaceMiB}`, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  // Ctrl-C reaches both processes (one process group); a signal sent to this one alone is passed on.
  for (const signal of stopSignals) process.on(signal, () => child.kill(signal));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

