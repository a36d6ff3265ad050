/**
 * A rebuild's collector takes the records whose staged line has not changed from the previous
 * build's collection (RecordCollector.addCarried): the collection must be the one that
 * collecting every record gives, term numbers included, or the index written from it differs.
 */
import { describe, expect, test } from 'vitest';
import { collectRecords, RecordCollector } from '../../../src/search-index/collect-records.ts';
import { redepositedRecords } from '../../fixtures/search-index/redeposited-records.ts';

describe('records carried over from the previous build’s collection', () => {
  test('give the collection that collecting every record again gives', async () => {
    const { before, after } = redepositedRecords(600);
    const previous = await collectRecords(before);
    const previousIndex = new Map(before.map((record, i) => [record, i]));
    const collector = new RecordCollector();
    let carried = 0;
    for (const record of after) {
      const index = previousIndex.get(record);
      if (index === undefined) collector.add(record);
      else {
        collector.addCarried(previous, index);
        carried++;
      }
    }
    const collected = collector.finish();
    const fresh = await collectRecords(after);
    expect(carried).toBeGreaterThan(after.length * 0.8);
    expect(carried).toBeLessThan(after.length);
    expect(collected.terms).toEqual(fresh.terms);
    expect(collected.termIds.view()).toEqual(fresh.termIds.view());
    expect(collected.weights.view()).toEqual(fresh.weights.view());
    expect(collected).toEqual(fresh);
  });

  test('a term that only records not carried held is not in the collection', async () => {
    const { before, after } = redepositedRecords(600);
    const previous = await collectRecords(before);
    const collector = new RecordCollector();
    before.forEach((record, i) => { if (after.includes(record)) collector.addCarried(previous, i); });
    const terms = new Set(collector.finish().terms);
    const onlyInRemoved = previous.terms.filter((term) => !terms.has(term));
    expect(onlyInRemoved.length).toBeGreaterThan(0);
    expect(collector.records).toBeLessThan(before.length);
  });

  test('refuses a carried record whose id the collection already holds', async () => {
    const { before } = redepositedRecords(50);
    const previous = await collectRecords(before);
    const collector = new RecordCollector();
    collector.add(before[3]);
    expect(() => collector.addCarried(previous, 3)).toThrow(/share the id/);
  });
});
