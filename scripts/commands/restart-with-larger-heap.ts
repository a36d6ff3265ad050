/**
 * Runs this command line again in a child Node with the heap that heapLimitToRaise asks for,
 * and settles with the child's exit code; undefined when no larger heap is wanted, and the
 * command then runs in this process.
 */
import { spawn } from 'node:child_process';
import { constants, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { heapLimitToRaise } from '../../src/build/heap-limit.ts';

export function restartWithLargerHeap(): Promise<number> | undefined {
  const oldSpaceMiB = heapLimitToRaise({
    memoryBytes: usableMemoryBytes(),
    heapLimitBytes: getHeapStatistics().heap_size_limit,
    execArgv: process.execArgv,
    nodeOptions: process.env.NODE_OPTIONS ?? '',
  });
  if (oldSpaceMiB === undefined) return undefined;
  // The flag goes first, so that one the person gave in execArgv would still win (none does: see heapLimitToRaise).
  const child = spawn(process.execPath, [`--max-old-space-size=${oldSpaceMiB}`, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  // Ctrl-C reaches both processes (one process group); a signal sent to this one alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

/** The machine's memory, or the container's limit when it has a lower one (cgroups). */
function usableMemoryBytes(): number {
  const constrained = process.constrainedMemory();
  return constrained > 0 ? Math.min(constrained, totalmem()) : totalmem();
}
