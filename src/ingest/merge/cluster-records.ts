/**
 * Clustering: which records of different libraries describe the same edition.
 *
 * 1. Records are put in a fixed order (library, file, record number), so the result never
 *    depends on the order deposits were read in.
 * 2. Candidates come from blocks (maps keyed by ISBN, by system number, by match key), never
 *    from comparing all pairs; a block is compared within a sliding window so one huge block
 *    ("ديوان", no author) stays linear.
 * 3. Strongest evidence first: ISBN, then system number, then match key, each union through
 *    the guard in guarded-union-find.ts.
 *
 * Two records of the SAME library are never merged. Two records that would match are most
 * likely one book catalogued twice, but they may also be two bindings or copies the library
 * keeps apart on purpose, and only the library can tell: merging them silently would hide a
 * catalogue problem and tie one union record to two of the library's records. Each such pair
 * is reported ('merge.duplicate-in-library') and both records stay visible.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { MergeRule } from '../../shared/catalog-schema.ts';
import { compareInputs, type ClusterInput } from './cluster-input.ts';
import { chooseDisplayMember } from './display-member.ts';
import { GuardedUnionFind, type Edge } from './guarded-union-find.ts';
import { identifierBlocks } from './identifier-blocks.ts';
import { matchBlock, matchFeatures, matchKeyAgrees, type MatchFeatures } from './match-key.ts';
import { memberRules } from './member-rules.ts';
import { duplicateInLibrary } from './merge-diagnostics.ts';

export type ClusterMember = ClusterInput & { rule: MergeRule };

export interface UnionCluster {
  /** In the stable order (library, file, record number). */
  members: ClusterMember[];
  /** Index in `members` of the member whose description is displayed. */
  displayMember: number;
}

/** How many earlier records of a block each record is compared with. */
const blockWindow = 48;

export function clusterRecords(inputs: Iterable<ClusterInput>, diagnostics: Diagnostic[] = []): UnionCluster[] {
  const records = [...inputs].sort(compareInputs);
  const features = records.map(matchFeatures);
  const unionFind = new GuardedUnionFind(records.map((r) => r.libraryCode), features);
  const duplicates = new Set<string>();
  const compare = (block: number[], rule: Edge['rule'], agrees: (a: number, b: number) => boolean) => {
    for (let i = 1; i < block.length; i++) {
      for (let j = Math.max(0, i - blockWindow); j < i; j++) {
        const [a, b] = [block[j], block[i]];
        if (!agrees(a, b)) continue;
        if (records[a].libraryCode !== records[b].libraryCode) unionFind.union(a, b, rule);
        else noteDuplicate(records, a, b, rule, duplicates, diagnostics);
      }
    }
  };
  for (const { rule, block, agrees } of identifierBlocks(records, features, diagnostics)) {
    compare(block, rule, agrees);
  }
  for (const block of matchKeyBlocks(features)) {
    compare(block, 'match-key', (a, b) => matchKeyAgrees(features[a], features[b]));
  }
  return buildClusters(records, unionFind);
}

/** Match-key blocks, each sorted by author then year so the window sees the likely matches. */
function matchKeyBlocks(features: MatchFeatures[]): number[][] {
  const blocks = new Map<string, number[]>();
  features.forEach((f, i) => {
    const key = matchBlock(f);
    if (key === undefined) return;
    const block = blocks.get(key);
    if (block) block.push(i);
    else blocks.set(key, [i]);
  });
  const sortKey = (i: number) => `${features[i].author.join(' ')}\u0001${features[i].year.gregorian ?? ''}`;
  return [...blocks.values()]
    .filter((block) => block.length > 1)
    .map((block) => block.length <= blockWindow ? block : sortBlock(block, sortKey));
}

function sortBlock(block: number[], key: (i: number) => string): number[] {
  const keys = new Map(block.map((i) => [i, key(i)]));
  return block.sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : a - b));
}

function noteDuplicate(
  records: ClusterInput[], a: number, b: number, rule: Edge['rule'],
  seen: Set<string>, diagnostics: Diagnostic[],
): void {
  const pair = `${a},${b}`;
  if (seen.has(pair)) return;
  seen.add(pair);
  diagnostics.push(duplicateInLibrary(records[b], records[a], rule));
}

function buildClusters(records: ClusterInput[], unionFind: GuardedUnionFind): UnionCluster[] {
  const byRoot = new Map<number, number[]>();
  records.forEach((_, i) => {
    const root = unionFind.find(i);
    const group = byRoot.get(root);
    if (group) group.push(i);
    else byRoot.set(root, [i]);
  });
  const edgesByRoot = new Map<number, Edge[]>();
  for (const edge of unionFind.edges) {
    const root = unionFind.find(edge.a);
    const list = edgesByRoot.get(root);
    if (list) list.push(edge);
    else edgesByRoot.set(root, [edge]);
  }
  // Records are sorted and groups filled in record order: members and clusters come out sorted.
  return [...byRoot.entries()].map(([root, group]) => {
    const position = new Map(group.map((recordIndex, i) => [recordIndex, i]));
    const displayMember = chooseDisplayMember(group.map((i) => records[i].description));
    const edges = (edgesByRoot.get(root) ?? []).map((e) => ({ ...e, a: position.get(e.a)!, b: position.get(e.b)! }));
    const rules = memberRules(group.length, displayMember, edges);
    return { members: group.map((i, k) => ({ ...records[i], rule: rules[k] })), displayMember };
  });
}
