import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentHeapSituation, heapFlags, heapLimitToRaise, heapShareOfMemory, semiSpaceMiB, type HeapSituation } from '../../../src/build/heap-limit.ts';

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
    { given: { execArgv: ['--inspect-brk'] }, want: undefined, why: 'a process under the inspector is not started again' },
  ];
  for (const { given, want, why } of cases) {
    it(`asks for ${want ?? 'nothing'}: ${why}`, () => {
      const situation: HeapSituation = { memoryBytes: 24 * GiB, heapLimitBytes: nodeDefault, execArgv: [], nodeOptions: '', ...given };
      expect(heapLimitToRaise(situation)).toBe(want);
    });
  }
});

describe('heapFlags', () => {
  const situation = (given: Partial<HeapSituation>): HeapSituation => ({ memoryBytes: 24 * GiB, heapLimitBytes: nodeDefault, execArgv: [], nodeOptions: '', ...given });

  it('raises the old space and the semi-space together', () => {
    expect(heapFlags(situation({}))).toEqual(['--max-old-space-size=8192', `--max-semi-space-size=${semiSpaceMiB}`]);
  });

  it('keeps a semi-space the person running it chose', () => {
    expect(heapFlags(situation({ nodeOptions: '--max-semi-space-size=8' }))).toEqual(['--max-old-space-size=8192']);
    expect(heapFlags(situation({ execArgv: ['--min_semi_space_size=4'] }))).toEqual(['--max-old-space-size=8192']);
  });

  it('adds nothing when the old space is not raised', () => {
    expect(heapFlags(situation({ nodeOptions: '--max-old-space-size=2000' }))).toEqual([]);
    expect(heapFlags(situation({ memoryBytes: 6 * GiB, heapLimitBytes: 2096 * MiB }))).toEqual([]);
  });
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
    const third = Math.floor((currentHeapSituation().memoryBytes * heapShareOfMemory) / MiB);
    const nodeDefaultMiB = Number(spawnSync(process.execPath, ['-p', 'v8.getHeapStatistics().heap_size_limit / 2 ** 20'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).stdout);
    expect(reportedHeapLimitMiB('')).toBeGreaterThanOrEqual(Math.max(third, nodeDefaultMiB));
  });

  // On a small machine the heap is not raised, nor the young generation.
  it.skipIf(heapFlags({ ...currentHeapSituation(), execArgv: [], nodeOptions: '' }).length === 0)('runs with the larger young generation beside the raised old space (three semi-spaces)', () => {
    const third = Math.floor((currentHeapSituation().memoryBytes * heapShareOfMemory) / MiB);
    expect(reportedHeapLimitMiB('')).toBeGreaterThanOrEqual(third + 3 * semiSpaceMiB);
  });

  it('keeps the limit the person running it chose', () => {
    // The old space asked for, plus the young generation's few MiB.
    expect(reportedHeapLimitMiB('--max-old-space-size=1000')).toBeLessThan(1100);
  });

  it('passes a signal sent to it on to the build it started again, and exits as that build did', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'fihris-heap-signal-'));
    let children: number[] = [];
    try {
      const build = spawn(process.execPath, ['scripts/fihris.ts', 'build', '--content', 'content', '--out', join(outDir, 'site'), '--no-page-cache'], {
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const exited = new Promise<number | null>((resolve) => build.on('exit', (code) => resolve(code)));
      // The restarted build has printed its first line: it runs, as the parent's only child.
      await new Promise<void>((resolve) => build.stderr.on('data', (chunk: Buffer) => { if (chunk.toString().includes('heap limit')) resolve(); }));
      children = (await readFile(`/proc/${build.pid}/task/${build.pid}/children`, 'utf8')).trim().split(/\s+/).map(Number);
      expect(children).toHaveLength(1);
      build.kill('SIGTERM');
      expect(await exited).toBe(128 + 15);
      expect(() => process.kill(children[0], 0)).toThrow(/ESRCH/);
    } finally {
      // A build the signal did not reach must not outlive the test.
      for (const pid of children) {
        try { process.kill(pid, 'SIGKILL'); } catch { /* gone, as it should be */ }
      }
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
