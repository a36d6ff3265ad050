/**
 * Doc ids that survive rebuilds. A record's id is a hash of its permanent id into a space about
 * twice the record count (bumped past a taken id), not its rank: when one library re-deposits,
 * records that did not change keep their ids, so the postings blocks and card files that hold
 * only unchanged records keep their bytes and their names. The space grows (and every id moves)
 * only when the record count crosses a power of two.
 */
import { stringHash } from '../shared/search/fihris-index-format.ts';

export interface DocIds {
  /** Doc id of the i-th record given. */
  byRecord: Int32Array;
  /** Record index of each doc id in increasing doc-id order. */
  recordsInDocOrder: Int32Array;
  docSpace: number;
}

function spaceFor(count: number): number {
  let space = 1024;
  while (space < count * 2) space *= 2;
  return space;
}

/**
 * @example assignDocIds(['a', 'b']).docSpace // 1024
 */
export function assignDocIds(permanentIds: readonly string[]): DocIds {
  const space = spaceFor(permanentIds.length);
  const slots = new Float64Array(permanentIds.length);
  for (let i = 0; i < permanentIds.length; i++) slots[i] = stringHash(permanentIds[i]) % space;
  const order = Int32Array.from(permanentIds.keys());
  order.sort((x, y) => slots[x] - slots[y] || (permanentIds[x] < permanentIds[y] ? -1 : permanentIds[x] > permanentIds[y] ? 1 : 0));
  const byRecord = new Int32Array(permanentIds.length);
  let previous = -1;
  for (const record of order) {
    const id = Math.max(slots[record], previous + 1);
    byRecord[record] = id;
    previous = id;
  }
  return { byRecord, recordsInDocOrder: order, docSpace: Math.max(space, previous + 1) };
}
