import { describe, expect, it } from 'vitest';
import { extractLanguages } from '../../../src/ingest/model/language.ts';
import { fixed008, marc } from './build-record.ts';

describe('extractLanguages', () => {
  const cases = [
    { why: 'takes 008/35-37 and 041 $a without repeats', given: { '008': fixed008('s', '1999', 'ara'), '041': ['0 ', 'a', 'ara', 'a', 'fre'] }, want: ['ara', 'fre'] },
    { why: 'splits codes run together in one 041 $a', given: { '041': ['0 ', 'a', 'arafre'] }, want: ['ara', 'fre'] },
    { why: 'lower-cases an upper-case code', given: { '041': ['0 ', 'a', 'ENG'] }, want: ['eng'] },
    { why: 'ignores a blank or filled 008 language', given: { '008': fixed008('s', '1999', '|||') }, want: [] },
    { why: 'ignores "und" (undetermined)', given: { '008': fixed008('s', '1999', 'und') }, want: [] },
  ];
  it.each(cases)('$why', ({ given, want }) => {
    const { value, problems } = extractLanguages(marc(given));
    expect(value).toEqual(want);
    expect(problems).toEqual([]);
  });

  it('drops a code that is not three letters and says so', () => {
    const { value, problems } = extractLanguages(marc({ '041': ['0 ', 'a', 'ar', 'a', 'ara'] }));
    expect(value).toEqual(['ara']);
    expect(problems).toEqual([{ code: 'model.invalid-language', severity: 'info', tag: '041', params: { code: 'ar' } }]);
  });
});
