import { describe, expect, it } from 'vitest';
import { pagefindLookupRuns } from '../../../src/client/search/pagefind-engine.ts';
import { pagefindIndexWord } from '../../../src/shared/search/pagefind-words.ts';

const exactly = pagefindIndexWord;

describe('pagefindLookupRuns', () => {
  const cases: { given: string; want: string[][][]; why: string }[] = [
    { given: 'سلطان ', want: [[[exactly('سلط')]]], why: 'a complete word looks up its stem exactly: not سلطن, the stem of سلطنة' },
    { given: 'سلطان', want: [[[exactly('سلط'), 'سلطان']]], why: 'the word being typed: its stem exactly, or any word starting with its typed letters' },
    { given: 'الوزا', want: [[['وزا']]], why: 'a typed word the stemmer left whole is a prefix' },
    { given: 'تاريخ عمان ', want: [[[exactly('تاريخ')], [exactly('عمان')]]], why: 'every word of a finished query is exact' },
    { given: 'tarikh uman', want: [[[exactly('tarikh')], ['uman']], [[exactly('trkh')], ['mn']]], why: 'a romanised query keeps its skeleton run' },
    { given: '  ', want: [], why: 'no words, no runs' },
  ];
  for (const { given, want, why } of cases) {
    it(`${JSON.stringify(given)}: ${why}`, () => expect(pagefindLookupRuns(given)).toEqual(want));
  }
});
