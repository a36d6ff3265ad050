import { describe, expect, it } from 'vitest';
import { clusterRecords } from '../../../src/ingest/merge/cluster-records.ts';
import { toUnionRecord } from '../../../src/ingest/merge/to-union-record.ts';
import { unionRecordSchema } from '../../../src/shared/catalog-schema.ts';
import { labelledSet } from '../../fixtures/merge/labelled-set.ts';
import { record } from '../../fixtures/merge/describe.ts';

const book = { title: 'تاريخ عمان الحديث', author: 'السيابي، سالم بن حمود', year: 1999 };

describe('toUnionRecord', () => {
  it('writes records the catalogue schema accepts, for every cluster of the labelled set', () => {
    const clusters = clusterRecords(labelledSet().map((l) => l.input));
    for (const [i, cluster] of clusters.entries()) {
      const union = toUnionRecord(`id${i}`, cluster);
      expect(unionRecordSchema.parse(union)).toEqual(union);
    }
  });

  it('lists holdings by library, then location, then call number', () => {
    const sohar = record('sohar', book, { recordNumber: 1 });
    sohar.holdings = [
      { libraryCode: 'sohar', location: 'المراجع', callNumber: '953 س', copies: 1 },
      { libraryCode: 'sohar', location: 'الإعارة', callNumber: '953 س', copies: 2 },
    ];
    const [cluster] = clusterRecords([sohar, record('nizwa', book, { recordNumber: 1 })]);
    const union = toUnionRecord('k3v9x2m7qa', cluster);
    expect(union.url).toBe('r/k3v9x2m7qa.html');
    expect(union.holdings.map((h) => `${h.libraryCode} ${h.location ?? ''}`)).toEqual(['nizwa ', 'sohar الإعارة', 'sohar المراجع']);
    expect(union.description).toBe(cluster.members[cluster.displayMember].description);
    expect(union.members.every((m) => !('holdings' in m))).toBe(true);
  });
});
