import { describe, expect, test } from 'vitest';
import { reportStringTables, tr } from '../../../src/shared/i18n/report-strings.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('report strings', () => {
  test('have every key in Arabic and in English, none empty', () => {
    expect(Object.keys(reportStringTables.en).sort()).toEqual(Object.keys(reportStringTables.ar).sort());
    for (const lang of ['ar', 'en'] as const) {
      for (const [key, text] of Object.entries(reportStringTables[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  test('use the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(reportStringTables.ar)) {
      expect(placeholders(reportStringTables.en[key as keyof typeof reportStringTables.en]), key).toEqual(placeholders(text));
    }
  });

  test('write Arabic in the Arabic table', () => {
    expect(tr('ar', 'reports.title')).toBe('تقارير المجموعات');
  });

  test('fill placeholders', () => {
    expect(tr('en', 'figure.heldByAtLeast', { n: 3 })).toBe('Titles in 3 or more libraries');
    expect(tr('ar', 'quality.count', { count: 7 })).toBe('عدد المرات: 7');
  });
});
