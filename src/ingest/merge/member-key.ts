/**
 * The key under which the id registry remembers a source record: `<libraryCode>:<001>`, or
 * `<libraryCode>:<file>#<record number>` when there is no 001. A control number used twice in
 * one library (a data problem) names only the first record in the stable order; the second is
 * keyed by its position, so that two clusters never claim one member key.
 */
import type { UnionCluster } from './cluster-records.ts';

export function memberKeysOf(clusters: readonly UnionCluster[]): string[][] {
  const taken = new Set<string>();
  const byControlNumber = clusters.map((cluster) => cluster.members.map((member) => {
    const controlNumber = member.controlNumber?.trim();
    return controlNumber ? clean(`${member.libraryCode}:${controlNumber}`) : undefined;
  }));
  // Which record keeps a repeated control number must not depend on cluster order: first in
  // the stable member order wins.
  const owners = new Map<string, string>();
  clusters.forEach((cluster, c) => cluster.members.forEach((member, m) => {
    const key = byControlNumber[c][m];
    if (key === undefined) return;
    const position = `${member.file}\u0000${String(member.recordNumber).padStart(12, '0')}`;
    const owner = owners.get(key);
    if (owner === undefined || position < owner) owners.set(key, position);
  }));
  return clusters.map((cluster, c) => cluster.members.map((member, m) => {
    const key = byControlNumber[c][m];
    const position = `${member.file}\u0000${String(member.recordNumber).padStart(12, '0')}`;
    if (key !== undefined && owners.get(key) === position && !taken.has(key)) {
      taken.add(key);
      return key;
    }
    return clean(`${member.libraryCode}:${member.file}#${member.recordNumber}`);
  }));
}

/** Keys live in a TSV file: no tabs or line breaks inside one. */
function clean(key: string): string {
  return key.replace(/[\t\r\n]+/g, ' ');
}
