/**
 * Which rule joined each member to its cluster, read from the unions that built it: starting
 * from the display member ('first'), each other member gets the strongest rule on a path of
 * accepted unions that reaches it. An ISBN beats a system number beats the match key.
 */
import type { MergeRule } from '../../shared/catalog-schema.ts';
import type { Edge } from './guarded-union-find.ts';

const strength: Record<Edge['rule'], number> = { isbn: 0, 'system-number': 1, 'match-key': 2 };

/**
 * @param size members in the cluster; edges use member positions 0..size-1.
 * @returns the rule for each member position.
 */
export function memberRules(size: number, displayMember: number, edges: readonly Edge[]): MergeRule[] {
  const rules: Array<MergeRule | undefined> = new Array(size);
  rules[displayMember] = 'first';
  const ordered = [...edges].sort((x, y) => strength[x.rule] - strength[y.rule]);
  // Widest-path by rule strength: repeatedly take the strongest edge leaving the reached set.
  for (let reached = 1; reached < size; reached++) {
    const edge = ordered.find((e) => (rules[e.a] === undefined) !== (rules[e.b] === undefined));
    if (!edge) break;
    rules[rules[edge.a] === undefined ? edge.a : edge.b] = edge.rule;
  }
  return rules.map((rule) => rule ?? 'match-key');
}
