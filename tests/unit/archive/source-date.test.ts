import { describe, expect, test } from 'vitest';
import { sourceDate } from '../../../src/archive/source-date.ts';
import { repoRoot } from './sample-ingest.ts';

describe('sourceDate', () => {
  test('takes SOURCE_DATE_EPOCH first', () => {
    expect(sourceDate(repoRoot, { SOURCE_DATE_EPOCH: '1735689600' })).toEqual({ iso: '2025-01-01T00:00:00Z', from: 'SOURCE_DATE_EPOCH' });
  });

  test('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => sourceDate(repoRoot, { SOURCE_DATE_EPOCH: '2025-01-01' })).toThrow('SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. 1735689600), not "2025-01-01".');
  });

  test('otherwise uses the date of the content\'s last commit, the same on every call', () => {
    const date = sourceDate(repoRoot, {});
    expect(date?.from).toBe('commit');
    expect(date?.iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(sourceDate(repoRoot, {})).toEqual(date);
  });

  test('has no date outside a repository and without SOURCE_DATE_EPOCH', () => {
    expect(sourceDate('/', {})).toBeUndefined();
  });
});
