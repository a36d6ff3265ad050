/**
 * The coarse format shown and filtered on, from leader/06 (type of record) and /07
 * (bibliographic level).
 */

const formatByType: Record<string, string> = {
  a: 'book', t: 'manuscript', e: 'map', f: 'map', c: 'music', d: 'music', j: 'music', g: 'video',
};

// Leader/07 levels of a continuing resource: integrating resource, serial, and the obsolete "b".
const serialLevels = new Set(['b', 'i', 's']);

/** @example formatFromLeader('00000cas a2200000 a 4500') === 'serial' */
export function formatFromLeader(leader: string): string {
  const type = leader[6] ?? ' ';
  if (type === 'a' && serialLevels.has(leader[7] ?? ' ')) return 'serial';
  return formatByType[type] ?? 'other';
}
