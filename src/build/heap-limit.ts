/**
 * How much heap a command that reads the whole catalogue asks Node for. Node's default is a
 * quarter of the memory, at most about 4 GiB (4,144 MiB on a 24 GB machine). The build's main
 * thread holds every source record's description while it merges, and a catalogue past that
 * default stops minutes into the build with "JavaScript heap out of memory". A third of the
 * memory leaves the rest to Astro's process, the workers' own heaps and the packed source
 * records, which live outside the heap: the 1M benchmark's ingest, as the build runs it under
 * this limit (8,035 MiB), peaked at 10.6 GiB.
 */
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/** The share of the machine's memory the main thread's heap may grow to. */
export const heapShareOfMemory = 1 / 3;

export interface HeapSituation {
  /** The memory this process may use: the machine's, or its container's limit when lower. */
  memoryBytes: number;
  /** The heap limit Node runs with now (v8.getHeapStatistics().heap_size_limit). */
  heapLimitBytes: number;
  /** Node's own flags (process.execArgv) and the NODE_OPTIONS variable. */
  execArgv: string[];
  nodeOptions: string;
}

/**
 * The old-space size, in MiB, to start the command again with; undefined when the limit is
 * already as large, when the person running it chose one (which is kept), or under the inspector.
 * @example heapLimitToRaise({ memoryBytes: 24 * 2 ** 30, heapLimitBytes: 4144 * 2 ** 20, execArgv: [], nodeOptions: '' }) // 8192
 */
export function heapLimitToRaise(situation: HeapSituation): number | undefined {
  const flags = givenFlags(situation);
  if (flags.some((flag) => /^--max[-_](old[-_]space|heap)[-_]size/.test(flag))) return undefined;
  // Under the inspector the process is not started again: its child could not open the same port.
  if (flags.some((flag) => /^--inspect/.test(flag))) return undefined;
  const wantedMiB = Math.floor((situation.memoryBytes * heapShareOfMemory) / 2 ** 20);
  return wantedMiB > situation.heapLimitBytes / 2 ** 20 ? wantedMiB : undefined;
}

/**
 * V8's largest semi-space, in MiB, the build asks for with a raised heap (the young generation
 * is three of them; Node's default is 16 MiB on this machine). The build makes a great many
 * short-lived strings (pages, downloads, dump rows); in a larger young generation fewer of them
 * live long enough to be copied and promoted. The 100k full build, alternated with and without
 * it (`--max-semi-space-size=64` in NODE_OPTIONS, `scripts/bench/stages/full-build.ts`):
 * 189.6 and 183.7 s (340.0 and 323.1 CPU-s) against 203.1 and 202.3 s (359.5 and 354.7 CPU-s),
 * the build process's peak 0.5 GiB higher (2,895 and 2,906 against 2,316 and 2,374 MiB).
 */
export const semiSpaceMiB = 64;

/**
 * The V8 flags to start the command again with: the old space heapLimitToRaise asks for and,
 * beside it, the larger semi-space unless the person running it chose one. Empty when the
 * heap is not raised (the person's own limit, a small machine, the inspector).
 * @example heapFlags({ memoryBytes: 24 * 2 ** 30, heapLimitBytes: 4144 * 2 ** 20, execArgv: [], nodeOptions: '' }) // ['--max-old-space-size=8192', '--max-semi-space-size=64']
 */
export function heapFlags(situation: HeapSituation): string[] {
  const oldSpaceMiB = heapLimitToRaise(situation);
  if (oldSpaceMiB === undefined) return [];
  const semiSpaceGiven = givenFlags(situation).some((flag) => /^--(max|min)[-_]semi[-_]space[-_]size/.test(flag));
  return [`--max-old-space-size=${oldSpaceMiB}`, ...(semiSpaceGiven ? [] : [`--max-semi-space-size=${semiSpaceMiB}`])];
}

/** The flags the person running the command gave Node: on its command line and in NODE_OPTIONS. */
function givenFlags(situation: HeapSituation): string[] {
  return [...situation.execArgv, ...situation.nodeOptions.split(/\s+/)];
}

/** This process's situation: what heapLimitToRaise decides from. */
export function currentHeapSituation(): HeapSituation {
  // The container's limit (cgroups) when it has a lower one than the machine's memory.
  const constrained = process.constrainedMemory();
  return {
    memoryBytes: constrained > 0 ? Math.min(constrained, totalmem()) : totalmem(),
    heapLimitBytes: getHeapStatistics().heap_size_limit,
    execArgv: process.execArgv,
    nodeOptions: process.env.NODE_OPTIONS ?? '',
  };
}
