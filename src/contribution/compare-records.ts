import type { SnapshotRecord } from './catalogue-snapshot.ts';

export interface RecordChanges {
  /** At head only. */
  added: SnapshotRecord[];
  /** At base only (the base version). */
  removed: SnapshotRecord[];
  /** On both sides with different content (the head version). */
  changed: SnapshotRecord[];
  unchanged: number;
}

/** Compares one library's accepted records at base and head by record key and content hash. */
export function compareRecords(base: Map<string, SnapshotRecord>, head: Map<string, SnapshotRecord>): RecordChanges {
  const changes: RecordChanges = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [key, record] of head) {
    const before = base.get(key);
    if (!before) changes.added.push(record);
    else if (before.hash !== record.hash) changes.changed.push(record);
    else changes.unchanged += 1;
  }
  for (const [key, record] of base) if (!head.has(key)) changes.removed.push(record);
  return changes;
}

/**
 * The union records a change touches: those holding an added or changed record at head,
 * and those that held a removed or changed record at base. Sorted ids.
 */
export function affectedUnionRecords(changes: RecordChanges, base: Map<string, SnapshotRecord>): string[] {
  const ids = new Set<string>();
  for (const record of [...changes.added, ...changes.changed, ...changes.removed]) if (record.unionId) ids.add(record.unionId);
  for (const record of changes.changed) {
    const before = base.get(record.key)?.unionId;
    if (before) ids.add(before);
  }
  return [...ids].sort();
}
