/** The record side of search per field: names also carry their Latin words' skeletons. */
import { describe, expect, test } from 'vitest';
import { fieldTerms } from '../../../src/shared/search/field-terms.ts';
import { termsMatch as found } from '../shared-text/matches.ts';

describe('fieldTerms', () => {
  test('gives a name the skeletons of its Latin words beside its index terms', () => {
    expect(fieldTerms({ field: 'name', text: 'Ibn Khaldoun' })).toEqual(['ibn', 'khaldoun', 'bn', 'khldn']);
  });

  test.each([
    ['Ibn Khaldoun', 'ibn khaldun '],
    ['Muḥammad ibn ʻAbd al-Wahhāb', 'mohammed '],
    ['Qaboos bin Said', 'qabus '],
    ['Sulaymān, Aḥmad', 'sulaiman '],
  ])('lets two romanisations of a name meet: %s by %s', (name, query) => {
    expect(found(fieldTerms({ field: 'name', text: name }), query)).toBe(true);
    expect(found(fieldTerms({ field: 'title', text: name }), query)).toBe(false);
  });

  test('gives titles and other texts no skeletons: a misspelt English word stays unfound', () => {
    expect(fieldTerms({ field: 'title', text: 'A history of Oman' })).toEqual(['a', 'history', 'of', 'oman']);
    expect(found(fieldTerms({ field: 'title', text: 'A history of Oman' }), 'histroy ')).toBe(false);
  });

  test('adds nothing to an Arabic name, whose skeletons indexTerms() already gives', () => {
    const name = 'ابن خلدون، عبد الرحمن';
    expect(fieldTerms({ field: 'name', text: name })).toEqual(fieldTerms({ field: 'title', text: name }));
    expect(found(fieldTerms({ field: 'name', text: name }), 'ibn khaldun ')).toBe(true);
  });

  test('keeps no skeleton of a function word or of a word too short for one', () => {
    expect(fieldTerms({ field: 'name', text: 'Ali of the Sea' })).toEqual(['ali', 'of', 'the', 'sea']);
  });
});
