import { describe, expect, it } from 'vitest';
import { longDate, normalisedYears } from '../../../src/site/dates.ts';

describe('normalisedYears', () => {
  const cases = [
    { given: { hijriYear: 1420, gregorianYear: 1999 }, lang: 'ar', want: '١٤٢٠ هـ / ١٩٩٩ م' },
    { given: { hijriYear: 1420, gregorianYear: 1999 }, lang: 'en', want: '1420 AH / 1999' },
    { given: { gregorianYear: 2005 }, lang: 'ar', want: '٢٠٠٥ م' },
    { given: { hijriYear: 1406 }, lang: 'en', want: '1406 AH' },
    { given: {}, lang: 'en', want: undefined },
  ] as const;
  for (const { given, lang, want } of cases) {
    it(`writes ${JSON.stringify(given)} on ${lang} pages as ${want}`, () => expect(normalisedYears(given, lang)).toBe(want));
  }
});

describe('longDate', () => {
  it('writes the deposit day in words, Arabic-Indic digits on Arabic pages', () => {
    expect(longDate('2026-11-25', 'en')).toBe('25 November 2026');
    expect(longDate('2026-11-25', 'ar')).toMatch(/^٢٥ .+ ٢٠٢٦$/);
  });
});
