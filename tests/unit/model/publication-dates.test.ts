import { describe, expect, it } from 'vitest';
import { approximateGregorian, parsePublicationDate } from '../../../src/ingest/model/publication-dates.ts';
import { fixed008 } from './build-record.ts';

describe('parsePublicationDate', () => {
  const cases: { given: string | undefined; fixed?: string; want: { gregorianYear?: number; hijriYear?: number } }[] = [
    { given: '1420هـ/1999م', want: { gregorianYear: 1999, hijriYear: 1420 } },
    { given: '1420 هـ = 1999 م', want: { gregorianYear: 1999, hijriYear: 1420 } },
    { given: '١٤٢٠هـ/١٩٩٩م.', want: { gregorianYear: 1999, hijriYear: 1420 } },
    { given: '1999م/1420هـ', want: { gregorianYear: 1999, hijriYear: 1420 } },
    { given: '1420/1999', want: { gregorianYear: 1999, hijriYear: 1420 } },
    { given: '١٤٢٠ هـ', want: { gregorianYear: 1999, hijriYear: 1420 } },
    { given: '1433 ه', want: { gregorianYear: 2012, hijriYear: 1433 } },
    { given: '1433-1434 هـ', want: { gregorianYear: 2012, hijriYear: 1433 } },
    { given: '1420 هـ', fixed: fixed008('s', '2000'), want: { gregorianYear: 2000, hijriYear: 1420 } },
    { given: '[1999?]', want: { gregorianYear: 1999 } },
    { given: 'c1999', want: { gregorianYear: 1999 } },
    { given: '©2015', want: { gregorianYear: 2015 } },
    { given: '1999-2001', want: { gregorianYear: 1999 } },
    { given: '2005-', want: { gregorianYear: 2005 } },
    { given: '١٩٩٩م', want: { gregorianYear: 1999 } },
    { given: '[13--?]', want: { gregorianYear: 1300 } },
    { given: '[199-?]', want: { gregorianYear: 1990 } },
    { given: '2010 printing', want: { gregorianYear: 2010 } },
    { given: '1999 [i.e. 2000]', want: { gregorianYear: 2000 } },
    { given: '[د.ت.]', want: {} },
    { given: '[د.ت.]', fixed: fixed008('s', '1985'), want: { gregorianYear: 1985 } },
    { given: undefined, fixed: fixed008('s', '1999'), want: { gregorianYear: 1999 } },
    { given: undefined, fixed: fixed008('m', '1998', 'ara', '2003'), want: { gregorianYear: 1998 } },
    { given: undefined, fixed: fixed008('q', '19uu'), want: { gregorianYear: 1900 } },
    { given: undefined, fixed: fixed008('n', 'uuuu'), want: {} },
    { given: undefined, fixed: fixed008('s', '    '), want: {} },
    { given: undefined, fixed: 'too short', want: {} },
    { given: 'c2009', fixed: fixed008('t', '2010', 'ara', '2009'), want: { gregorianYear: 2009 } },
  ];
  it.each(cases)('reads "$given" (008 "$fixed") as $want', ({ given, fixed, want }) => {
    expect(parsePublicationDate(given, fixed)).toEqual(want);
  });
});

describe('approximateGregorian', () => {
  // Each Hijri year straddles two Gregorian years (1 Muharram 1300 = 12 Nov 1882,
  // 1400 = 21 Nov 1979, 1420 = 17 Apr 1999, 1445 = 19 Jul 2023): the estimate must be one of them.
  const cases = [
    { given: 1300, want: [1882, 1883] },
    { given: 1400, want: [1979, 1980] },
    { given: 1420, want: [1999, 2000] },
    { given: 1445, want: [2023, 2024] },
  ];
  it.each(cases)('puts Hijri $given in one of the Gregorian years $want', ({ given, want }) => {
    expect(want).toContain(approximateGregorian(given));
  });
});
