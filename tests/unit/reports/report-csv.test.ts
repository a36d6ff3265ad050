import { describe, expect, test } from 'vitest';
import { computeReports } from '../../../src/reports/compute-reports.ts';
import { librariesCsv, libraryColumns, overlapCsv } from '../../../src/reports/report-csv.ts';
import { smallConsortium } from '../../fixtures/reports/small-consortium.ts';

// Golden files: regenerate with `npx vitest run --project unit tests/unit/reports -u` and review the diff.
const data = computeReports(smallConsortium());

describe('report CSV files', () => {
  test('libraries.csv has one row per library with its figures', async () => {
    await expect(librariesCsv(data)).toMatchFileSnapshot('../../fixtures/reports/libraries.csv');
  });

  test('overlap.csv is the library × library matrix under a header row of codes', async () => {
    await expect(overlapCsv(data)).toMatchFileSnapshot('../../fixtures/reports/overlap.csv');
  });

  test('starts with a byte-order mark so that spreadsheet programs read the Arabic names', () => {
    expect(librariesCsv(data).startsWith('\uFEFFcode,name_ar,name_en,')).toBe(true);
  });

  test('quotes a name holding a comma or a quotation mark', () => {
    expect(librariesCsv(data)).toContain(',"Library B, ""Ruwi""",');
  });

  test('names the columns the issue promises', () => {
    expect(libraryColumns).toEqual(expect.arrayContaining(['code', 'records', 'holdings', 'unique_titles', 'rejected', 'share_with_isbn']));
  });
});
