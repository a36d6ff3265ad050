import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { describe, expect, it } from 'vitest';
import { heapLimitToRaise, heapShareOfMemory, type HeapSituation } from '../../../src/build/heap-limit.ts';

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const nodeDefault = 4144 * MiB;

describe('heapLimitToRaise', () => {
  const cases: { given: Partial<HeapSituation>; want: number | undefined; why: string }[] = [
    { given: {}, want: 8192, why: 'a third of 24 GiB, above Node\'s default' },
    { given: { memoryBytes: 8 * GiB, heapLimitBytes: 2096 * MiB }, want: 2730, why: 'a third of a small machine, above its smaller default' },
    { given: { memoryBytes: 6 * GiB, heapLimitBytes: 2096 * MiB }, want: undefined, why: 'a third of 6 GiB is below the default: left alone' },
    { given: { execArgv: ['--max-old-space-size=3000'] }, want: undefined, why: 'a limit given on the command line is kept' },
    { given: { execArgv: ['--max_old_space_size=3000'] }, want: undefined, why: 'V8\'s underscore spelling counts too' },
    { given: { nodeOptions: '--enable-source-maps --max-old-space-size=2000' }, want: undefined, why: 'a limit given in NODE_OPTIONS is kept' },
    { given: { nodeOptions: '--max-old-space-size-percentage=50%' }, want: undefined, why: 'a limit given as a share of memory is kept' },
    { given: { nodeOptions: '--max-heap-size=5000' }, want: undefined, why: 'a limit on the whole heap is kept' },
    { given: { nodeOptions: '--enable-source-maps' }, want: 8192, why: 'other Node options do not stop it' },
  ];
  for (const { given, want, why } of cases) {
    it(`asks for ${want ?? 'nothing'}: ${why}`, () => {
      const situation: HeapSituation = { memoryBytes: 24 * GiB, heapLimitBytes: nodeDefault, execArgv: [], nodeOptions: '', ...given };
      expect(heapLimitToRaise(situation)).toBe(want);
    });
  }
});

describe('fihris build\'s heap', () => {
  /** The heap limit `fihris build` reports (it stops right after: the content folder is missing). */
  function reportedHeapLimitMiB(nodeOptions: string): number {
    const run = spawnSync(process.execPath, ['scripts/fihris.ts', 'build', '--content', '/nonexistent/fihris-content', '--out', '/nonexistent/fihris-out'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: nodeOptions },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No content folder at /nonexistent/fihris-content: give --content DIR');
    const limit = /Node's heap limit: (\d+) MiB/.exec(run.stderr);
    expect(limit).not.toBeNull();
    return Number(limit![1]);
  }

  it('runs with a third of the machine\'s memory when that is more than Node\'s default', () => {
    const third = Math.floor((totalmem() * heapShareOfMemory) / MiB);
    const nodeDefaultMiB = Number(spawnSync(process.execPath, ['-p', 'v8.getHeapStatistics().heap_size_limit / 2 ** 20'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).stdout);
    expect(reportedHeapLimitMiB('')).toBeGreaterThanOrEqual(Math.max(third, nodeDefaultMiB));
  });

  it('keeps the limit the person running it chose', () => {
    // The old space asked for, plus the young generation's few MiB.
    expect(reportedHeapLimitMiB('--max-old-space-size=1000')).toBeLessThan(1100);
  });
});
