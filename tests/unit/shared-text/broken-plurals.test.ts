import { describe, expect, test } from 'vitest';
import { brokenPlurals, otherNumberTerms } from '../../../src/shared/text/broken-plurals.ts';
import { matches } from './matches.ts';

describe('broken plurals', () => {
  test('the table holds 30 to 60 pairs', () => {
    expect(brokenPlurals.length).toBeGreaterThanOrEqual(30);
    expect(brokenPlurals.length).toBeLessThanOrEqual(60);
  });

  test.each(brokenPlurals)('finds a record saying %s when the reader types the singular %s', (plural, singular) => {
    expect(matches(`ال${plural}`, `${singular} `)).toBe(true);
  });

  test.each(brokenPlurals.map(([plural, singular]) => [singular, plural]))('finds a record saying %s when the reader types the plural %s', (singular, plural) => {
    expect(matches(singular, `${plural} `)).toBe(true);
  });

  test.each([
    ['gives the singular of كتب', 'كتب', ['كتاب']],
    ['gives the singular of علماء, normalised', 'علما', ['عالم']],
    ['gives both plurals of علم', 'علم', ['علوم', 'اعلام']],
    ['gives nothing for a word not in the table', 'مسقط', undefined],
  ])('%s', (_behaviour, stem, want) => {
    expect(otherNumberTerms(stem)).toEqual(want);
  });
});
