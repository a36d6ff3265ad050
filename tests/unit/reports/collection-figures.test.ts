import { describe, expect, test } from 'vitest';
import { computeReports } from '../../../src/reports/compute-reports.ts';
import { smallConsortium } from '../../fixtures/reports/small-consortium.ts';

const { collection } = computeReports(smallConsortium());
const library = (code: string) => collection.libraries.find((l) => l.code === code)!;

describe('collection figures of the small consortium', () => {
  test('counts titles, records and copies per library and for the consortium', () => {
    const rows = collection.libraries.map(({ code, titles, records, copies }) => ({ code, titles, records, copies }));
    expect(rows).toEqual([
      { code: 'mct-a', titles: 5, records: 6, copies: 6 },
      { code: 'mct-b', titles: 5, records: 5, copies: 6 },
      { code: 'nzw-c', titles: 4, records: 4, copies: 4 },
      { code: 'nzw-d', titles: 4, records: 4, copies: 5 },
    ]);
    expect(collection.consortium).toMatchObject({ titles: 9, records: 19, copies: 21 });
  });

  test('counts the titles only one library holds as its unique titles and the country\'s last copies', () => {
    expect(collection.libraries.map((l) => l.uniqueTitles)).toEqual([1, 1, 0, 1]);
    expect(collection.consortium.lastCopies).toBe(3);
  });

  test('counts titles held by 2, 3 and 5 or more libraries', () => {
    expect(collection.consortium.heldByAtLeast).toEqual({ 2: 6, 3: 2, 5: 0 });
    expect(library('mct-a').heldByAtLeast).toEqual({ 2: 4, 3: 2, 5: 0 });
    expect(library('nzw-d').heldByAtLeast).toEqual({ 2: 3, 3: 1, 5: 0 });
  });

  test('builds the overlap matrix with each library\'s titles on the diagonal', () => {
    expect(collection.overlap).toEqual({
      codes: ['mct-a', 'mct-b', 'nzw-c', 'nzw-d'],
      counts: [
        [5, 3, 3, 1],
        [3, 5, 2, 2],
        [3, 2, 4, 2],
        [1, 2, 2, 4],
      ],
    });
  });

  test('counts Dewey main classes, Arabic-Indic digits included, and unclassified titles', () => {
    expect(collection.hundreds.total).toEqual({ 200: 3, 300: 1, 500: 1, 800: 1, 900: 2, none: 1 });
    expect(collection.hundreds.byLibrary['nzw-d']).toEqual({ 800: 1, none: 1, 900: 2 });
  });

  test('counts Dewey divisions', () => {
    expect(collection.tens.total).toEqual({ 290: 3, 330: 1, 510: 1, 890: 1, 950: 2, none: 1 });
    expect(collection.tens.byLibrary['mct-a']).toEqual({ 290: 3, 330: 1, 890: 1 });
  });

  test('counts LC main classes', () => {
    expect(collection.lc.total).toEqual({ B: 2, none: 7 });
  });

  test('counts a title once under each of its languages', () => {
    expect(collection.languages.total).toEqual({ ara: 8, eng: 2 });
    expect(collection.languages.byLibrary['mct-b']).toEqual({ ara: 4, eng: 2 });
  });

  test('counts publication decades and formats', () => {
    expect(collection.decades.total).toEqual({ 1980: 2, 1990: 2, 2000: 2, 2010: 2, none: 1 });
    expect(collection.formats.total).toEqual({ book: 7, serial: 1, map: 1 });
  });

  test('finds the titles two libraries of the same city both hold, whatever the city name\'s case', () => {
    expect(collection.sameCity.map(({ city, codes, sharedTitles, extraHoldings }) => ({ city: city.en, codes, sharedTitles, extraHoldings })))
      .toEqual([
        { city: 'Muscat', codes: ['mct-a', 'mct-b'], sharedTitles: 3, extraHoldings: 3 },
        { city: 'Nizwa', codes: ['nzw-c', 'nzw-d'], sharedTitles: 2, extraHoldings: 2 },
      ]);
    expect(collection.libraries.map((l) => l.sameCityShared)).toEqual([3, 3, 2, 2]);
  });

  test('reports as thin the main classes below half the median class', () => {
    expect(collection.thinClasses.map((c) => `${c.level} ${c.code} ${c.titles} ${c.median}`)).toEqual([
      'hundred 000 0 0.5', 'hundred 100 0 0.5', 'hundred 400 0 0.5', 'hundred 600 0 0.5', 'hundred 700 0 0.5',
    ]);
  });

  test('gives the same figures when the records come from a generator (one streaming pass)', () => {
    const inputs = smallConsortium();
    const streamed = computeReports({ ...inputs, records: (function* () { yield* inputs.records; })() });
    expect(streamed.collection).toEqual(collection);
  });
});
