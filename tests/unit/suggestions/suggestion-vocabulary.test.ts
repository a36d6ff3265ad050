import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import { suggestionVocabulary, vocabularyFileText, writeVocabularyFile } from '../../../src/build/suggestion-vocabulary.ts';
import { createVocabulary, vocabularyPath } from '../../../src/shared/search/suggest.ts';
import { tinyRecord } from '../../fixtures/search-index/tiny-record.ts';

/** A record whose members catalogued it differently: each member's title, names and subjects count. */
function record(id: string, memberTitles: string[], extra: { author?: string; subjects?: string[]; publisher?: string } = {}): UnionRecord {
  const base = tinyRecord(id, memberTitles[0], { author: extra.author });
  const description = { ...base.description, subjects: extra.subjects ?? [], publication: { publisher: extra.publisher } };
  const members = memberTitles.map((proper, i) => ({ ...base.members[0], libraryCode: `lib0${i + 1}`, description: { ...description, title: { proper, variants: [] } } }));
  return { ...base, description: members[0].description, members };
}

describe('the suggestion vocabulary', () => {
  test('orders words by how many records hold them, most first', () => {
    const words = suggestionVocabulary([
      record('a', ['تاريخ عمان']), record('b', ['تاريخ الخليج']), record('c', ['تاريخ عمان الحديث']),
    ]);
    expect(words).toEqual(['تاريخ', 'عمان', 'الحديث', 'الخليج']);
  });

  test('counts a word once per record, however many members say it', () => {
    const words = suggestionVocabulary([record('a', ['شعر', 'شعر', 'شعر']), record('b', ['نثر']), record('c', ['نثر'])]);
    expect(words).toEqual(['نثر', 'شعر']);
  });

  test('keeps the commonest catalogued spelling of each normalised word', () => {
    const words = suggestionVocabulary([record('a', ['مكتبة']), record('b', ['مكتبه']), record('c', ['مكتبة'])]);
    expect(words).toEqual(['مكتبة']);
  });

  test('takes words from titles, names and subjects, not from publishers', () => {
    const words = suggestionVocabulary([record('a', ['ديوان'], { author: 'الخليلي، أحمد', subjects: ['الشعر العربي'], publisher: 'وزارة التراث' })]);
    expect([...words].sort()).toEqual(['أحمد', 'الخليلي', 'الشعر', 'العربي', 'ديوان'].sort());
  });

  test('leaves out words under three letters and numbers', () => {
    expect(suggestionVocabulary([record('a', ['في تاريخ عمان 1990 ج2'])])).toEqual(['تاريخ', 'عمان']);
  });

  test('keeps only the most frequent words up to the limit', () => {
    const words = suggestionVocabulary([record('a', ['alpha beta']), record('b', ['alpha gamma']), record('c', ['alpha beta'])], 2);
    expect(words).toEqual(['alpha', 'beta']);
  });

  test('gives the same file for the same catalogue, whatever order equal counts met in', () => {
    const one = suggestionVocabulary([record('a', ['zeta alpha']), record('b', ['mu'])]);
    const two = suggestionVocabulary([record('b', ['mu']), record('a', ['alpha zeta'])]);
    expect(one).toEqual(['alpha', 'zeta']);
    expect(two).toEqual(one);
  });

  test('writes a JSON file the browser reads back into the same vocabulary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fihris-vocabulary-'));
    try {
      const count = await writeVocabularyFile(suggestionVocabulary([record('a', ['Qurʼān "History"']), record('b', ['history'])]), dir);
      const file = JSON.parse(await readFile(join(dir, vocabularyPath), 'utf8'));
      expect(count).toBe(2);
      expect(file).toEqual({ format: 'fihris-vocabulary', version: 1, words: ['History', 'Qurʼān'] });
      expect(createVocabulary(file.words).keys).toEqual(['history', 'quran']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('writes one word a line, so two builds diff as word lists', () => {
    expect(vocabularyFileText(['تاريخ', 'عمان'])).toBe('{"format":"fihris-vocabulary","version":1,"words":[\n"تاريخ",\n"عمان"\n]}\n');
  });
});
