/**
 * Blocks of records sharing an ISBN or a system number, and when such a pair may merge.
 *
 * An identifier is a merge key only between records that also agree on part, edition and
 * (roughly) title: publishers print one set ISBN in every volume, reuse an ISBN for a new
 * edition, and libraries key an ISBN into the wrong record. An ISBN found on records of
 * different parts or clearly different titles is not used at all, and each record carrying
 * it gets a 'merge.isbn-shared-by-different-records' diagnostic.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ClusterInput } from './cluster-input.ts';
import type { Edge } from './guarded-union-find.ts';
import { editionsConflict, type MatchFeatures } from './match-key.ts';
import { isbnSharedByDifferentRecords } from './merge-diagnostics.ts';
import { titlesAgree } from './title-key.ts';

export interface IdentifierBlock {
  rule: Edge['rule'];
  /** Record indices, ascending. */
  block: number[];
  agrees: (a: number, b: number) => boolean;
}

export function identifierBlocks(
  records: readonly ClusterInput[], features: readonly MatchFeatures[], diagnostics: Diagnostic[],
): IdentifierBlock[] {
  const agrees = (a: number, b: number) =>
    features[a].part === features[b].part
    && !editionsConflict(features[a].edition, features[b].edition)
    && titlesAgree(records[a].description.title, records[b].description.title);
  const isbnBlocks = [...blocksBy(features, (f) => f.isbns)]
    .filter(([isbn, block]) => {
      const shared = isSharedByDifferentRecords(block, records, features);
      if (shared) diagnostics.push(...block.map((i) => isbnSharedByDifferentRecords(records[i], isbn, block.length)));
      return !shared;
    })
    .map(([, block]) => ({ rule: 'isbn' as const, block, agrees }));
  const systemBlocks = [...blocksBy(features, (f) => f.systemNumbers)]
    .map(([, block]) => ({ rule: 'system-number' as const, block, agrees }));
  return [...isbnBlocks, ...systemBlocks];
}

/** Blocks of two or more records, in order of their first record. */
function blocksBy(features: readonly MatchFeatures[], keys: (f: MatchFeatures) => string[]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const key of keys(f)) {
      const block = blocks.get(key);
      if (block) block.push(i);
      else blocks.set(key, [i]);
    }
  });
  for (const [key, block] of blocks) if (block.length < 2) blocks.delete(key);
  return blocks;
}

/** Different parts under one ISBN, or a title that shares nothing with the first record's. */
function isSharedByDifferentRecords(
  block: number[], records: readonly ClusterInput[], features: readonly MatchFeatures[],
): boolean {
  const first = block[0];
  return block.some((i) => features[i].part !== features[first].part
    || !titlesAgree(records[i].description.title, records[first].description.title));
}
