/**
 * Runs this command line again in a child Node with the heap that heapFlags asks for,
 * and settles with the child's exit code; undefined when no larger heap is wanted, and the
 * command then runs in this process.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { stopSignals } from '../../src/build/delete-when-stopped.ts';
import { currentHeapSituation, heapFlags } from '../../src/build/heap-limit.ts';

export function restartWithLargerHeap(): Promise<number> | undefined {
  const flags = heapFlags(currentHeapSituation());
  if (flags.length === 0) return undefined;
  const child = spawn(process.execPath, [...flags, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  // Ctrl-C reaches both processes (one process group); a signal sent to this one alone is passed on.
  for (const signal of stopSignals) process.on(signal, () => child.kill(signal));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

