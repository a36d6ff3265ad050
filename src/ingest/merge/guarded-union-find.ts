/**
 * Union-find over records, with a guard: a union is refused when it would put into one
 * cluster two records that cannot be the same edition (two libraries' records are fine; two
 * records of one library, two edition numbers, two different parts, or, for a match-key
 * union, years further apart than the tolerance are not). Checking the whole cluster and not
 * only the pair is what stops chains: A~B and B~C must not join A with a C it conflicts with.
 */
import type { MergeRule } from '../../shared/catalog-schema.ts';
import type { MatchFeatures } from './match-key.ts';
import { editionsConflict } from './match-key.ts';
import { yearTolerance } from './year-key.ts';

interface ClusterState {
  libraries: Set<string>;
  part: string;
  edition?: number;
  yearMin?: number;
  yearMax?: number;
  fuzzy: boolean;
}

export interface Edge {
  a: number;
  b: number;
  rule: Exclude<MergeRule, 'first'>;
}

export type UnionOutcome = 'joined' | 'already' | 'refused';

export class GuardedUnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  private readonly states: Array<ClusterState | undefined>;
  /** Every union that was accepted, with the rule that made it. */
  readonly edges: Edge[] = [];

  constructor(libraries: readonly string[], features: readonly MatchFeatures[]) {
    this.parent = Int32Array.from(libraries, (_, i) => i);
    this.size = new Int32Array(libraries.length).fill(1);
    this.states = features.map((f, i) => ({
      libraries: new Set([libraries[i]]),
      part: f.part,
      edition: f.edition,
      yearMin: f.year.gregorian,
      yearMax: f.year.gregorian,
      fuzzy: f.year.fuzzy,
    }));
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[i] !== root) {
      const next = this.parent[i];
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number, rule: Edge['rule']): UnionOutcome {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return 'already';
    const sa = this.states[ra]!;
    const sb = this.states[rb]!;
    if (conflicts(sa, sb, rule)) return 'refused';
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
    this.states[ra] = combine(this.states[ra]!, this.states[rb]!);
    this.states[rb] = undefined;
    this.edges.push({ a, b, rule });
    return 'joined';
  }
}

function conflicts(a: ClusterState, b: ClusterState, rule: Edge['rule']): boolean {
  if (a.part !== b.part || editionsConflict(a.edition, b.edition)) return true;
  const [small, large] = a.libraries.size <= b.libraries.size ? [a, b] : [b, a];
  for (const library of small.libraries) if (large.libraries.has(library)) return true;
  // An identifier that agrees may join a reprint decades apart; a match key may not.
  if (rule !== 'match-key') return false;
  const min = minDefined(a.yearMin, b.yearMin);
  const max = maxDefined(a.yearMax, b.yearMax);
  return min !== undefined && max !== undefined && max - min > yearTolerance(a.fuzzy || b.fuzzy);
}

function combine(into: ClusterState, from: ClusterState): ClusterState {
  for (const library of from.libraries) into.libraries.add(library);
  into.edition ??= from.edition;
  into.yearMin = minDefined(into.yearMin, from.yearMin);
  into.yearMax = maxDefined(into.yearMax, from.yearMax);
  into.fuzzy ||= from.fuzzy;
  return into;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}
