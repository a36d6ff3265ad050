import { describe, expect, it } from 'vitest';
import { extractSubjects } from '../../../src/ingest/model/subjects.ts';
import { marc } from './build-record.ts';

describe('extractSubjects', () => {
  const cases: { given: string[]; tag: string; want: string }[] = [
    { tag: '650', given: [' 0', 'a', 'Political science', 'z', 'Mediterranean Region', 'x', 'History', 'v', 'Congresses.'], want: 'Political science -- Mediterranean Region -- History -- Congresses' },
    { tag: '651', given: [' 4', 'a', 'عمان', 'x', 'تاريخ', 'y', 'القرن 19.'], want: 'عمان -- تاريخ -- القرن 19' },
    { tag: '600', given: ['00', 'a', 'ابن بطوطة، محمد بن عبد الله،', 'd', '1304-1377', 'x', 'رحلات.'], want: 'ابن بطوطة، محمد بن عبد الله، 1304-1377 -- رحلات' },
    { tag: '610', given: ['20', 'a', 'جامعة السلطان قابوس', 'x', 'تاريخ.', '0', 'http://example.org/auth/1'], want: 'جامعة السلطان قابوس -- تاريخ' },
    { tag: '630', given: ['00', 'a', 'Qurʼan', 'x', 'Commentaries.'], want: 'Qurʼan -- Commentaries' },
    { tag: '655', given: [' 7', 'a', 'مخطوطات عربية.', '2', 'qrmak'], want: 'مخطوطات عربية' },
  ];
  it.each(cases)('reads a $tag heading as "$want"', ({ tag, given, want }) => {
    expect(extractSubjects(marc({ [tag]: given }))).toEqual([want]);
  });

  it('adds the 880 form of a heading and drops repeats', () => {
    const record = marc({
      '650': [[' 0', '6', '880-03', 'a', 'Islamic law', 'z', 'Oman.'], [' 0', 'a', 'Islamic law', 'z', 'Oman.']],
      '880': [' 0', '6', '650-03/(3/r', 'a', 'الفقه الإسلامي', 'z', 'عمان.'],
    });
    expect(extractSubjects(record)).toEqual(['Islamic law -- Oman', 'الفقه الإسلامي -- عمان']);
  });
});
