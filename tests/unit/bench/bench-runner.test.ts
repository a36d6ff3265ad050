import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownTable } from '../../../scripts/bench/bench-table.ts';
import { scoreClusters } from '../../../scripts/bench/cluster-quality.ts';
import { processTreeRssKiB } from '../../../scripts/bench/process-tree-rss.ts';
import { runStage } from '../../../scripts/bench/run-stage.ts';
import { parseStageFigures } from '../../../scripts/bench/stage-result.ts';
import type { UnionCluster } from '../../../src/ingest/merge/cluster-records.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/bench');

function clusterOf(...records: Array<[string, number]>): UnionCluster {
  return {
    displayMember: 0,
    members: records.map(([file, recordNumber]) => ({ file, recordNumber, libraryCode: file, rule: 'isbn' } as UnionCluster['members'][number])),
  };
}

describe('scoreClusters', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fihris-bench-truth-'));
  const truth = join(dir, 'truth.tsv');
  writeFileSync(truth, [
    'libraryCode\tfile\trecordNumber\tcontrolNumber\teditionId',
    'a\ta\t1\t1\te1', 'b\tb\t1\t1\te1', 'c\tc\t1\t1\te1', 'a\ta\t2\t2\te2', 'b\tb\t2\t2\te2',
  ].join('\n'));

  const cases: Array<{ name: string; given: UnionCluster[]; want: Record<string, number> }> = [
    {
      name: 'scores the true clustering as perfect',
      given: [clusterOf(['a', 1], ['b', 1], ['c', 1]), clusterOf(['a', 2], ['b', 2])],
      want: { pairPrecision: 1, pairRecall: 1, splitEditions: 0, mixedClusters: 0 },
    },
    {
      name: 'counts an edition split in two as lost recall, not lost precision',
      given: [clusterOf(['a', 1], ['b', 1]), clusterOf(['c', 1]), clusterOf(['a', 2], ['b', 2])],
      want: { pairPrecision: 1, pairRecall: 0.5, splitEditions: 1, mixedClusters: 0 },
    },
    {
      name: 'counts two editions merged as lost precision',
      given: [clusterOf(['a', 1], ['b', 1], ['c', 1], ['a', 2], ['b', 2])],
      want: { pairPrecision: 0.4, pairRecall: 1, splitEditions: 0, mixedClusters: 1 },
    },
  ];
  for (const { name, given, want } of cases) {
    it(name, () => expect(scoreClusters(truth, given)).toMatchObject({ truthEditions: 2, ...want }));
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
});

describe('runStage', () => {
  it('returns the figures a stage printed after its noise, and its memory', async () => {
    const run = await runStage({ args: [join(fixtures, 'stage-that-reports.ts')] });
    expect(run.ok).toBe(true);
    expect(run.figures).toMatchObject({ records: 3, kept: 64 * 2 ** 20 });
    expect(Number(run.figures?.ownPeakMiB)).toBeGreaterThan(64);
  });

  it('reports a failing stage with the end of what it said', async () => {
    const run = await runStage({ args: [join(fixtures, 'stage-that-fails.ts')] });
    expect(run.ok).toBe(false);
    expect(run.error).toBe('exit code 1: not built yet: src/search-index/build-search-index.ts does not exist');
  });
});

describe('the result line and the table', () => {
  it('finds the marked figures among other output', () => {
    expect(parseStageFigures('astro says hi\nFIHRIS_BENCH_RESULT {"seconds":2}\n')).toEqual({ seconds: 2 });
    expect(parseStageFigures('no figures here\n')).toBeUndefined();
  });

  it('measures the resident memory of a running process', () => {
    expect(processTreeRssKiB(process.pid)).toBeGreaterThan(10_000);
  });

  it('shows a failed stage and a skipped one with their reasons', () => {
    const table = markdownTable({
      editions: 10_000,
      sourceRecords: 21_393,
      stages: [
        { stage: 'pages (astro build)', run: { ok: false, wallSeconds: 3, peakTreeMiB: 200, error: 'exit code 1: boom | bang' } },
        { stage: 'index: Pagefind, default settings over the HTML', skipped: 'pages (astro build) did not run' },
      ],
    });
    expect(table).toContain('### 10,000 union records (21,393 source records)');
    expect(table).toContain('| pages (astro build) | – | 3 | 200 MiB | FAILED: exit code 1: boom \\| bang |');
    expect(table).toContain('| index: Pagefind, default settings over the HTML | – | – | – | skipped: pages (astro build) did not run |');
  });
});
