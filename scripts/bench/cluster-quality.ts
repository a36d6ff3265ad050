/**
 * Clusters against the generator's ground truth: pairwise precision and recall over pairs
 * of source records (a pair is "same edition" in the truth, "same cluster" in the result).
 * Pairs are counted per group, never enumerated, so this is linear in the records.
 */
import { readFileSync } from 'node:fs';
import type { UnionCluster } from '../../src/ingest/merge/cluster-records.ts';

const pairs = (n: number) => (n * (n - 1)) / 2;

export interface ClusterQuality {
  truthEditions: number;
  pairPrecision: number;
  pairRecall: number;
  /** Editions whose records ended in more than one cluster. */
  splitEditions: number;
  /** Clusters holding records of more than one edition. */
  mixedClusters: number;
}

export function scoreClusters(truthPath: string, clusters: UnionCluster[]): ClusterQuality {
  const editionOf = new Map<string, string>();
  const editionSizes = new Map<string, number>();
  for (const line of readFileSync(truthPath, 'utf8').split('\n').slice(1)) {
    if (!line) continue;
    const [, file, recordNumber, , editionId] = line.split('\t');
    editionOf.set(`${file}#${recordNumber}`, editionId);
    editionSizes.set(editionId, (editionSizes.get(editionId) ?? 0) + 1);
  }
  let clusterPairs = 0;
  let agreeingPairs = 0;
  let mixedClusters = 0;
  const clustersOfEdition = new Map<string, number>();
  for (const cluster of clusters) {
    const counts = new Map<string, number>();
    for (const member of cluster.members) {
      const edition = editionOf.get(`${member.file}#${member.recordNumber}`) ?? `?${member.file}#${member.recordNumber}`;
      counts.set(edition, (counts.get(edition) ?? 0) + 1);
    }
    clusterPairs += pairs(cluster.members.length);
    for (const [edition, count] of counts) {
      agreeingPairs += pairs(count);
      clustersOfEdition.set(edition, (clustersOfEdition.get(edition) ?? 0) + 1);
    }
    if (counts.size > 1) mixedClusters++;
  }
  const truthPairs = [...editionSizes.values()].reduce((sum, n) => sum + pairs(n), 0);
  return {
    truthEditions: editionSizes.size,
    pairPrecision: round(clusterPairs ? agreeingPairs / clusterPairs : 1),
    pairRecall: round(truthPairs ? agreeingPairs / truthPairs : 1),
    splitEditions: [...clustersOfEdition.values()].filter((n) => n > 1).length,
    mixedClusters,
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
