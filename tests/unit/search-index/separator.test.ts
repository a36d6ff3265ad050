/** Dictionary pages store, per chunk, the shortest prefix of its first term that sorts after the chunk before. */
import { describe, expect, test } from 'vitest';
import { separatorOf } from '../../../src/shared/search/fihris-index-format.ts';

describe('separatorOf', () => {
  test.each([
    { previousLast: 'تاج', first: 'تاريخ', want: 'تار' },
    { previousLast: 'a', first: 'b', want: 'b' },
    { previousLast: 'abc', first: 'abd', want: 'abd' },
    { previousLast: 'ab', first: 'abc', want: 'abc' },
    { previousLast: 'كتاب', first: 'مكتبة', want: 'م' },
    { previousLast: '', first: 'عمان', want: 'ع' },
    // 𝐀 is a surrogate pair: a separator never ends between its halves.
    { previousLast: 'x\ud835\udc00', first: 'x\ud835\udc01y', want: 'x\ud835\udc01' },
  ])('gives $want between $previousLast and $first', ({ previousLast, first, want }) => {
    const got = separatorOf(previousLast, first);
    expect(got).toBe(want);
    expect(got > previousLast && got <= first).toBe(true);
  });
});
