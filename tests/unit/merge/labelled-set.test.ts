import { describe, expect, it } from 'vitest';
import { clusterRecords } from '../../../src/ingest/merge/cluster-records.ts';
import type { Diagnostic } from '../../../src/ingest/diagnostics/diagnostic.ts';
import { labelledSet } from '../../fixtures/merge/labelled-set.ts';

/**
 * Pairwise precision and recall over pairs of records from DIFFERENT libraries (two records of
 * one library are never merged, by design: see cluster-records.ts).
 */
function pairwiseScores() {
  const labelled = labelledSet();
  const truthOf = new Map(labelled.map(({ truth, input }) => [input, truth]));
  const clusterOf = new Map<object, number>();
  clusterRecords(labelled.map((l) => l.input)).forEach((cluster, c) => {
    for (const member of cluster.members) {
      const input = labelled.find((l) => l.input.libraryCode === member.libraryCode && l.input.recordNumber === member.recordNumber)!.input;
      clusterOf.set(input, c);
    }
  });
  let truePositives = 0, falsePositives = 0, falseNegatives = 0;
  const mistakes: string[] = [];
  const inputs = labelled.map((l) => l.input);
  for (let i = 0; i < inputs.length; i++) {
    for (let j = i + 1; j < inputs.length; j++) {
      const [a, b] = [inputs[i], inputs[j]];
      if (a.libraryCode === b.libraryCode) continue;
      const same = truthOf.get(a) === truthOf.get(b);
      const merged = clusterOf.get(a) === clusterOf.get(b);
      if (same && merged) truePositives++;
      else if (merged) falsePositives++;
      else if (same) falseNegatives++;
      if (same !== merged) mistakes.push(`${merged ? 'merged' : 'missed'} ${truthOf.get(a)}/${a.libraryCode} ~ ${truthOf.get(b)}/${b.libraryCode}`);
    }
  }
  return {
    records: inputs.length,
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    mistakes,
  };
}

describe('clustering the labelled set', () => {
  it('merges at least 95% of the true cross-library pairs and almost nothing else', () => {
    const { records, precision, recall, mistakes } = pairwiseScores();
    console.log(`labelled set: ${records} records, pairwise precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}`);
    if (mistakes.length > 0) console.log(mistakes.slice(0, 30).join('\n'));
    expect(records).toBeGreaterThanOrEqual(200);
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reports the ISBN shared by the volumes of a set and the ISBN keyed into the wrong book', () => {
    const diagnostics: Diagnostic[] = [];
    clusterRecords(labelledSet().map((l) => l.input), diagnostics);
    const shared = new Set(diagnostics
      .filter((d) => d.code === 'merge.isbn-shared-by-different-records')
      .map((d) => d.params!.isbn));
    expect([...shared].sort()).toEqual(['9789948000013', '9789948111115']);
  });

  it('reports the book one library catalogued twice', () => {
    const diagnostics: Diagnostic[] = [];
    clusterRecords(labelledSet().map((l) => l.input), diagnostics);
    const duplicates = diagnostics.filter((d) => d.code === 'merge.duplicate-in-library');
    expect(duplicates.map((d) => `${d.libraryCode}: ${d.params!.title}`)).toContain('squ: أصول التربية الإسلامية');
  });
});
