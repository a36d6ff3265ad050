import { describe, expect, test } from 'vitest';
import { computeReports } from '../../../src/reports/compute-reports.ts';
import { validFixedField008 } from '../../../src/reports/quality-tally.ts';
import { median } from '../../../src/reports/median.ts';
import { smallConsortium } from '../../fixtures/reports/small-consortium.ts';

const { quality } = computeReports(smallConsortium());
const library = (code: string) => quality.libraries.find((l) => l.code === code)!;

describe('data quality of the small consortium', () => {
  test('takes records accepted and rejected from the accounting', () => {
    expect(quality.libraries.map(({ code, recordsAccepted, recordsRejected }) => `${code} ${recordsAccepted} ${recordsRejected}`))
      .toEqual(['mct-a 6 1', 'mct-b 5 0', 'nzw-c 4 0', 'nzw-d 4 2']);
  });

  test('counts each measure over the library\'s own records, not the merged description', () => {
    expect(library('mct-a').counts).toEqual({ isbn: 3, fixedField008: 5, language: 5, subjects: 5, classification: 5, holdings: 6 });
    expect(library('nzw-d').counts).toEqual({ isbn: 2, fixedField008: 3, language: 4, subjects: 3, classification: 4, holdings: 3 });
  });

  test('divides by the accepted records to give shares', () => {
    expect(library('mct-b').shares.isbn).toBe(0.8);
    expect(library('nzw-c').shares.subjects).toBe(0.75);
  });

  test('takes the median share over the libraries', () => {
    expect(quality.medians.isbn).toBe(0.5);
    expect(quality.medians.fixedField008).toBeCloseTo(11 / 12, 10);
    expect(quality.medians.subjects).toBeCloseTo(19 / 24, 10);
    expect(quality.medians.holdings).toBe(1);
  });

  test('ranks a library\'s diagnostics by frequency, with examples and the catalogue\'s advice', () => {
    const [first, second] = library('nzw-d').diagnostics;
    expect(first).toMatchObject({ code: 'validate.missing-title', count: 2 });
    expect(first.examples.map((e) => e.recordNumber)).toEqual([11, 12]);
    expect(first.advice.en).toBe('Add the title proper in 245 $a in your library system; a record without a title cannot be shown or found.');
    expect(second.examples[0].message.ar).toContain('1234567890123');
  });

  test('breaks ties between diagnostics by code', () => {
    expect(library('mct-a').diagnostics.map((d) => `${d.code} ${d.count}`)).toEqual(['model.invalid-isbn 2', 'validate.missing-title 1']);
  });

  test('gives a library without diagnostics an empty list', () => {
    expect(library('mct-b').diagnostics).toEqual([]);
  });
});

describe('validFixedField008', () => {
  const fixed = (date1: string, language: string) => `240101s${date1}    mu ${' '.repeat(17)}${language} d`;
  test.each([
    { given: fixed('1999', 'ara'), want: true },
    { given: fixed('19uu', 'eng'), want: true },
    { given: fixed('    ', 'ara'), want: false },
    { given: fixed('1999', '   '), want: false },
    { given: '240101s1999', want: false },
    { given: undefined, want: false },
  ])('accepts $given only when date 1 and the language are coded', ({ given, want }) => {
    expect(validFixedField008(given)).toBe(want);
  });
});

describe('median', () => {
  test.each([
    { given: [], want: 0 },
    { given: [3], want: 3 },
    { given: [3, 1, 2], want: 2 },
    { given: [3, 1, 2, 10], want: 2.5 },
  ])('of $given is $want', ({ given, want }) => {
    expect(median(given)).toBe(want);
  });
});
