/**
 * Gives every cluster its permanent id from the registry, following the scheme described at
 * the top of id-registry.ts. Pure: takes the registry as read, returns the one to write.
 */
import type { UnionCluster } from './cluster-records.ts';
import { resolveId, type IdEntry, type IdRegistry } from './id-registry.ts';
import { memberKeysOf } from './member-key.ts';
import { newId } from './new-id.ts';

export interface AssignedIds {
  assigned: Array<{ id: string; cluster: UnionCluster }>;
  registry: IdRegistry;
  /** Every retired id with the live (or gone) id at the end of its chain, sorted by `from`. */
  redirects: Array<{ from: string; to: string }>;
  /** Ids whose records left every deposit: their pages become tombstones. */
  gone: string[];
}

export function assignIds(clusters: UnionCluster[], previous: IdRegistry): AssignedIds {
  const entries = new Map([...previous.entries].map(([id, entry]) => [id, { ...entry }]));
  const registry: IdRegistry = { entries, members: new Map(previous.members) };
  const keys = memberKeysOf(clusters);
  const won = awardClaimedIds(clusters, keys, registry);
  let nextSeq = 1;
  for (const entry of entries.values()) nextSeq = Math.max(nextSeq, entry.seq + 1);
  const taken = new Set(entries.keys());
  const ids = clusters.map((cluster, c) => {
    const claims = won[c].map((id) => entries.get(id)!).sort((a, b) => a.seq - b.seq);
    if (claims.length > 0) return keepOldest(claims);
    const founder = keys[c][cluster.displayMember];
    const id = newId(founder, taken);
    taken.add(id);
    entries.set(id, { id, seq: nextSeq++, founder, status: 'live' });
    return id;
  });
  markGone(registry, new Set(ids));
  updateMembers(registry, keys, ids);
  return {
    assigned: clusters.map((cluster, c) => ({ id: ids[c], cluster })),
    registry,
    redirects: redirectsOf(registry),
    gone: [...entries.values()].filter((e) => e.status === 'gone').map((e) => e.id).sort(),
  };
}

/**
 * Which cluster gets each old id. A cluster claims the ids its members were under; an id
 * claimed by several clusters (a split) goes to the one holding its founding member, else to
 * the one with most of its old members, else to the first.
 * @returns for each cluster, the ids it won.
 */
function awardClaimedIds(clusters: UnionCluster[], keys: string[][], registry: IdRegistry): string[][] {
  const claims = new Map<string, Map<number, number>>();
  keys.forEach((clusterKeys, c) => {
    for (const key of clusterKeys) {
      const old = registry.members.get(key);
      if (old === undefined || !registry.entries.has(old)) continue;
      const id = resolveId(registry, old);
      const byCluster = claims.get(id) ?? new Map<number, number>();
      byCluster.set(c, (byCluster.get(c) ?? 0) + 1);
      claims.set(id, byCluster);
    }
  });
  const won: string[][] = clusters.map(() => []);
  for (const [id, byCluster] of claims) {
    const founder = registry.entries.get(id)?.founder;
    const holder = [...byCluster.keys()].find((c) => founder !== undefined && keys[c].includes(founder));
    const winner = holder ?? [...byCluster.entries()].sort(([c1, n1], [c2, n2]) => n2 - n1 || c1 - c2)[0][0];
    won[winner].push(id);
  }
  return won;
}

/** A merge: the oldest id lives on, the others redirect to it. */
function keepOldest(claims: IdEntry[]): string {
  const [oldest, ...others] = claims;
  oldest.status = 'live';
  for (const entry of others) {
    entry.status = 'retired';
    entry.successor = oldest.id;
  }
  return oldest.id;
}

function markGone(registry: IdRegistry, live: Set<string>): void {
  for (const entry of registry.entries.values()) {
    if (entry.status === 'live' && !live.has(entry.id)) entry.status = 'gone';
  }
}

/** Present members point at their cluster's id; absent ones at the end of their id's chain. */
function updateMembers(registry: IdRegistry, keys: string[][], ids: string[]): void {
  for (const [key, id] of registry.members) registry.members.set(key, resolveId(registry, id));
  keys.forEach((clusterKeys, c) => {
    for (const key of clusterKeys) registry.members.set(key, ids[c]);
  });
}

function redirectsOf(registry: IdRegistry): Array<{ from: string; to: string }> {
  return [...registry.entries.values()]
    .filter((e) => e.status === 'retired')
    .map((e) => ({ from: e.id, to: resolveId(registry, e.id) }))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
}
