import { describe, expect, it } from 'vitest';
import { extractNotes } from '../../../src/ingest/model/notes.ts';
import { marc } from './build-record.ts';

describe('extractNotes', () => {
  it('takes $a of every 5XX and the 880 form of a note', () => {
    const record = marc({
      '500': ['  ', 'a', 'Some issues have also a distinctive title.'],
      '504': ['  ', 'a', 'يشتمل على إرجاعات ببليوجرافية.'],
      '546': ['  ', '6', '880-09', 'a', 'Arabic and French.'],
      '880': ['  ', '6', '546-09/(3/r', 'a', 'النص بالعربية والفرنسية.'],
      '650': [' 0', 'a', 'Not a note'],
    });
    expect(extractNotes(record)).toEqual([
      'Some issues have also a distinctive title.',
      'يشتمل على إرجاعات ببليوجرافية.',
      'Arabic and French.',
      'النص بالعربية والفرنسية.',
    ]);
  });
});
