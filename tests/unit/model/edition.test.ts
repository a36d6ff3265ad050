import { describe, expect, it } from 'vitest';
import { editionNumber, extractEdition } from '../../../src/ingest/model/edition.ts';
import { marc } from './build-record.ts';

describe('editionNumber', () => {
  const cases: { given: string; want: number | undefined }[] = [
    { given: 'ط. 2', want: 2 },
    { given: 'ط2', want: 2 },
    { given: 'ط. ٣', want: 3 },
    { given: 'الطبعة الأولى', want: 1 },
    { given: 'الطبعة الاولي', want: 1 },
    { given: 'الطبعة الثانية', want: 2 },
    { given: 'ط. الثالثة، مزيدة ومنقحة', want: 3 },
    { given: 'الطبعة الرابعة', want: 4 },
    { given: 'الطبعة الخامسة', want: 5 },
    { given: 'الطبعة السادسة', want: 6 },
    { given: 'الطبعة السابعة', want: 7 },
    { given: 'الطبعة الثامنة', want: 8 },
    { given: 'الطبعة التاسعة', want: 9 },
    { given: 'الطبعة العاشرة', want: 10 },
    { given: 'الطبعة ١٢', want: 12 },
    { given: 'al-Ṭabʻah 1.', want: 1 },
    { given: '2nd ed.', want: 2 },
    { given: 'Second edition', want: 2 },
    { given: '3. Aufl.', want: 3 },
    { given: '2e éd.', want: 2 },
    { given: 'Rev. ed.', want: undefined },
    { given: 'طبعة جديدة', want: undefined },
  ];
  it.each(cases)('reads "$given" as edition $want', ({ given, want }) => {
    expect(editionNumber(given)).toBe(want);
  });
});

describe('extractEdition', () => {
  it('takes 250 $a $b without the final full stop', () => {
    expect(extractEdition(marc({ '250': ['  ', 'a', 'ط. 2.'] }))).toBe('ط. 2');
  });

  it('is absent when the record has no 250', () => {
    expect(extractEdition(marc({}))).toBeUndefined();
  });
});
