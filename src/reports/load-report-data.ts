/**
 * Reads reports.json from the site-data folder (FIHRIS_SITE_DATA) once per build.
 * A data folder without it (an older fixture, a bench render) yields no report pages
 * rather than a failed build.
 */
import { readStagedJson } from '../site/staged-json.ts';
import type { ReportData } from './report-data.ts';
import { reportDataFile } from './report-data-file.ts';

/**
 * The staged report figures, or undefined when the folder has none.
 * @example loadReportData()?.collection.consortium.titles
 */
export function loadReportData(folder: string | undefined = process.env.FIHRIS_SITE_DATA): ReportData | undefined {
  return readStagedJson<ReportData>(reportDataFile, folder);
}
