import { describe, expect, it } from 'vitest';
import { extractNames } from '../../../src/ingest/model/names.ts';
import { marc } from './build-record.ts';

describe('extractNames', () => {
  it('reads a 100 as the author, with its dates', () => {
    const record = marc({ '100': ['0 ', 'a', 'السيابي، سالم بن حمود،', 'd', '1908-1993.'] });
    expect(extractNames(record)).toEqual([
      { name: 'السيابي، سالم بن حمود', dates: '1908-1993', role: 'author', kind: 'person' },
    ]);
  });

  it('reads a 700 as a contributor and lets its relator say more', () => {
    const record = marc({
      '700': [
        ['1 ', 'a', 'شاكر، محمود محمد،', 'e', 'محقق.'],
        ['1 ', 'a', 'Smith, J.', '4', 'trl'],
        ['1 ', 'a', 'الهنائي، أحمد'],
      ],
    });
    expect(extractNames(record)).toEqual([
      { name: 'شاكر، محمود محمد', role: 'editor', relator: 'محقق', kind: 'person' },
      { name: 'Smith, J.', role: 'translator', relator: 'trl', kind: 'person' },
      { name: 'الهنائي، أحمد', role: 'contributor', kind: 'person' },
    ]);
  });

  const kinds = [
    { given: '110', want: 'corporate' }, { given: '710', want: 'corporate' },
    { given: '111', want: 'meeting' }, { given: '711', want: 'meeting' },
  ] as const;
  it.each(kinds)('tells a $given name is $want', ({ given, want }) => {
    expect(extractNames(marc({ [given]: ['2 ', 'a', 'عمان.', 'b', 'وزارة التراث القومي والثقافة.'] }))[0].kind).toBe(want);
  });

  it('joins a corporate body and its subordinate unit', () => {
    const record = marc({ '110': ['1 ', 'a', 'عمان.', 'b', 'وزارة التراث القومي والثقافة.'] });
    expect(extractNames(record)[0]).toMatchObject({ name: 'عمان. وزارة التراث القومي والثقافة', role: 'author' });
  });

  it('reads a meeting with its number, date and place, and its relator from $j', () => {
    const record = marc({ '711': ['2 ', 'a', 'ندوة التاريخ العماني', 'n', '(2 :', 'd', '1999 :', 'c', 'مسقط)', 'j', 'جامع.'] });
    expect(extractNames(record)[0]).toEqual({
      name: 'ندوة التاريخ العماني', dates: '(2 : 1999 : مسقط)', role: 'compiler', relator: 'جامع', kind: 'meeting',
    });
  });

  it('pairs each 700 with its own 880 through the occurrence number', () => {
    const record = marc({
      '700': [['1 ', '6', '880-05', 'a', 'El Moudden, Abderrahmane.'], ['1 ', '6', '880-06', 'a', 'Bin-Ḥāddah, ʻAbd al-Raḥīm.']],
      '880': [['1 ', '6', '700-06/(3/r', 'a', 'بنحادة، عبد الرحيم.'], ['1 ', '6', '700-05/(3/r', 'a', 'مودن، عبد الرحمن.']],
    });
    expect(extractNames(record).map((n) => [n.name, n.parallel])).toEqual([
      ['El Moudden, Abderrahmane', 'مودن، عبد الرحمن'],
      ['Bin-Ḥāddah, ʻAbd al-Raḥīm', 'بنحادة، عبد الرحيم'],
    ]);
  });

  it('keeps an unlinked 880 name as a name of the kind its tag says', () => {
    const record = marc({ '880': ['2 ', '6', '710-00/(3/r', 'a', 'جامعة السلطان قابوس.'] });
    expect(extractNames(record)).toEqual([{ name: 'جامعة السلطان قابوس', role: 'contributor', kind: 'corporate' }]);
  });

  it('does not pair an 880 linked to a different tag with the same occurrence', () => {
    const record = marc({
      '700': ['1 ', '6', '880-02', 'a', 'Gharbi, Mohamed Lazhar.'],
      '880': ['1 ', '6', '250-02/(3/r', 'a', 'الطبعة 1.'],
    });
    expect(extractNames(record)).toEqual([{ name: 'Gharbi, Mohamed Lazhar', role: 'contributor', kind: 'person' }]);
  });
});
