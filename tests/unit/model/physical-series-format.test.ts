import { describe, expect, it } from 'vitest';
import { formatFromLeader } from '../../../src/ingest/model/format.ts';
import { extractPhysicalDescription } from '../../../src/ingest/model/physical.ts';
import { extractSeries } from '../../../src/ingest/model/series.ts';
import { marc } from './build-record.ts';

describe('extractPhysicalDescription', () => {
  it('joins 300 $a $b $c as catalogued, final punctuation dropped', () => {
    expect(extractPhysicalDescription(marc({ '300': ['  ', 'a', '247 ص. :', 'b', 'صور ؛', 'c', '24 سم.'] }))).toBe('247 ص. : صور ؛ 24 سم');
  });

  it('is absent when the record has no 300', () => {
    expect(extractPhysicalDescription(marc({}))).toBeUndefined();
  });
});

describe('extractSeries', () => {
  it('keeps the 490 as on the item, the 830 controlled form, and their 880s', () => {
    const record = marc({
      '490': ['1 ', '6', '880-04', 'a', 'Silsilat nadawāt wa-munāẓarāt ;', 'v', 'raqm 160'],
      '830': [' 0', 'a', 'Manshūrāt Kullīyat al-Ādāb.', 'p', 'Silsilat nadawāt wa-munāẓarāt ;', 'v', 'raqm 160.', '0', 'http://id.loc.gov/x'],
      '880': ['1 ', '6', '490-04/(3/r', 'a', 'سلسلة ندوات و مناظرات ؛', 'v', 'رقم 160'],
    });
    expect(extractSeries(record)).toEqual([
      'Silsilat nadawāt wa-munāẓarāt ; raqm 160',
      'سلسلة ندوات و مناظرات ؛ رقم 160',
      'Manshūrāt Kullīyat al-Ādāb. Silsilat nadawāt wa-munāẓarāt ; raqm 160',
    ]);
  });
});

describe('formatFromLeader', () => {
  const cases = [
    { given: '00000nam a2200000 a 4500', want: 'book' },
    { given: '02075cas a22005055a 4500', want: 'serial' },
    { given: '00000nai a2200000 a 4500', want: 'serial' },
    { given: '00000ntm a2200000 a 4500', want: 'manuscript' },
    { given: '00000nem a2200000 a 4500', want: 'map' },
    { given: '00000ncm a2200000 a 4500', want: 'music' },
    { given: '00000njm a2200000 a 4500', want: 'music' },
    { given: '00000ngm a2200000 a 4500', want: 'video' },
    { given: '00000nmm a2200000 a 4500', want: 'other' },
    { given: '', want: 'other' },
  ];
  it.each(cases)('reads leader "$given" as $want', ({ given, want }) => {
    expect(formatFromLeader(given)).toBe(want);
  });
});
