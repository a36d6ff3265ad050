import { describe, expect, test } from 'vitest';
import { displayTitle, fullDisplayTitle } from '../../../src/shared/display-title.ts';

describe('displayTitle', () => {
  test.each([
    [{ proper: 'تاريخ عمان' }, 'تاريخ عمان'],
    [{ proper: 'تحفة الأعيان', partNumber: 'ج. 1' }, 'تحفة الأعيان. ج. 1'],
    [{ proper: 'Oman', partNumber: 'v. 2', partName: 'The coast' }, 'Oman. v. 2. The coast'],
  ])('shows the volume of %j', (given, want) => {
    expect(displayTitle(given)).toBe(want);
  });
});

describe('fullDisplayTitle', () => {
  test.each([
    [{ proper: 'عمان', remainder: 'تاريخ وحضارة' }, 'عمان : تاريخ وحضارة'],
    [{ proper: 'عمان عبر التاريخ', partNumber: 'ج. 2' }, 'عمان عبر التاريخ. ج. 2'],
    [{ proper: 'عمان', remainder: 'دراسة', partNumber: 'ج. 3' }, 'عمان : دراسة. ج. 3'],
  ])('adds the remainder before the volume: %j', (given, want) => {
    expect(fullDisplayTitle(given)).toBe(want);
  });
});
