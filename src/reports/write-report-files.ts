/**
 * Build-time writers: reports.json into the site-data folder before Astro renders the
 * report pages, and the CSV downloads into OUT/reports after it (Astro empties OUT first).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestResult } from '../ingest/pipeline.ts';
import { computeReports } from './compute-reports.ts';
import type { ReportData } from './report-data.ts';
import { reportInputsFromIngest } from './ingest-report-inputs.ts';
import { librariesCsv, overlapCsv } from './report-csv.ts';
import { reportDataFile } from './report-data-file.ts';

/** Every report figure, computed once per build for both the pages and the CSV files. */
export function reportsFromIngest(ingest: IngestResult): ReportData {
  return computeReports(reportInputsFromIngest(ingest));
}

export async function stageReportData(siteDataDir: string, data: ReportData): Promise<void> {
  await writeFile(join(siteDataDir, reportDataFile), `${JSON.stringify(data)}\n`);
}

/** OUT/reports/libraries.csv and OUT/reports/overlap.csv. */
export async function writeReportCsvs(outDir: string, data: ReportData): Promise<void> {
  const dir = join(outDir, 'reports');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'libraries.csv'), librariesCsv(data));
  await writeFile(join(dir, 'overlap.csv'), overlapCsv(data));
}
