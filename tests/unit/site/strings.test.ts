import { describe, expect, it } from 'vitest';
import { languages, stringTables, t } from '../../../src/shared/i18n/strings.ts';

describe('the translation table', () => {
  const arKeys = Object.keys(stringTables.ar).sort();

  it('has the same keys in Arabic and English', () => {
    expect(Object.keys(stringTables.en).sort()).toEqual(arKeys);
  });

  for (const lang of languages) {
    it(`has a non-empty ${lang} text for every key`, () => {
      const empty = arKeys.filter((key) => !(stringTables[lang] as Record<string, string>)[key]?.trim());
      expect(empty).toEqual([]);
    });
  }

  it('uses the same placeholders in both languages for every key', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = arKeys.filter((key) => {
      const ar = (stringTables.ar as Record<string, string>)[key];
      const en = (stringTables.en as Record<string, string>)[key];
      return placeholders(ar).join() !== placeholders(en).join();
    });
    expect(differing).toEqual([]);
  });

  it('writes Arabic UI text in Arabic script', () => {
    expect(t('ar', 'search.submit')).toMatch(/[\u0600-\u06ff]/);
  });

  it('fills placeholders with the given values', () => {
    expect(t('en', 'search.count', { count: 3 })).toBe('Results: 3');
    expect(t('ar', 'search.none', { query: 'كتاب' })).toBe('لم نجد شيئًا يطابق «كتاب».');
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(t('en', 'search.count')).toBe('Results: {count}');
  });
});
