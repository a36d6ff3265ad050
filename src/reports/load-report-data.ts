/**
 * Reads reports.json from the site-data folder (FIHRIS_SITE_DATA) once per build.
 * A data folder without it (an older fixture, a bench render) yields no report pages
 * rather than a failed build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReportData } from './report-data.ts';
import { reportDataFile } from './report-data-file.ts';

const cache = new Map<string, ReportData | undefined>();

/**
 * The staged report figures, or undefined when the folder has none.
 * @example loadReportData()?.collection.consortium.titles
 */
export function loadReportData(folder: string | undefined = process.env.FIHRIS_SITE_DATA): ReportData | undefined {
  if (!folder) return undefined;
  const file = join(resolve(folder), reportDataFile);
  if (!cache.has(file)) cache.set(file, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReportData) : undefined);
  return cache.get(file);
}
