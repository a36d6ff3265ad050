/**
 * One differential pass: every ISO 2709 sample through `fihris convert --to marcxml` (one
 * process), the same files through one oracle, and each file the oracle reads cleanly compared
 * field by field, its differences sorted into deliberate (with the rule) and unexplained.
 */
import type { ComparableRecord } from './comparable-record.ts';
import { compareFile, formatDifference, type Difference } from './compare-records.ts';
import { notCompared, type Tool } from './deliberate-differences.ts';
import { explainDifference, ReportedDiagnostics } from './explain-difference.ts';
import { marcCharsetReadings, yazReading, type OracleReading } from './reference-tools.ts';
import { runConvert, type ConvertRun } from './run-convert.ts';
import { samplePath } from './sample-files.ts';

export interface FileComparison {
  file: string;
  /** Why the file was not compared, when it was not. */
  skipped?: string;
  records: number;
  agreedRecords: number;
  fields: number;
  agreedFields: number;
  /** Rule id per accepted difference. */
  deliberate: { rule: string; difference: string }[];
  unexplained: string[];
}

export interface ToolComparison {
  run: ConvertRun;
  files: Map<string, FileComparison>;
}

export async function compareWithTool(tool: Tool, files: string[]): Promise<ToolComparison> {
  const paths = files.map(samplePath);
  const run = await runConvert(paths, 120_000);
  const readings = tool === 'yaz'
    ? new Map(paths.map((path) => [path, yazReading(path)]))
    : marcCharsetReadings(paths);
  const reported = new ReportedDiagnostics(run.report.map((line) => ({ file: files[paths.indexOf(line.file)], line })));
  const comparisons = new Map<string, FileComparison>();
  files.forEach((file, i) => {
    const ours = run.recordsByFile?.get(paths[i]);
    const reading = readings.get(paths[i]);
    comparisons.set(file, compareOne(tool, file, ours, reading, reported));
  });
  return { run, files: comparisons };
}

function compareOne(tool: Tool, file: string, ours: ComparableRecord[] | undefined, reading: OracleReading | undefined, reported: ReportedDiagnostics): FileComparison {
  const empty = { file, records: 0, agreedRecords: 0, fields: 0, agreedFields: 0, deliberate: [], unexplained: [] };
  if (notCompared[file]) return { ...empty, skipped: notCompared[file] };
  if (!reading || !reading.clean) return { ...empty, skipped: `${tool} does not read it cleanly: ${reading?.complaints.split('\n')[0] ?? 'no output'}` };
  if (!ours) return { ...empty, unexplained: ['fihris convert output could not be split by file'] };
  const differences = compareFile(file, ours, reading.records);
  const comparison: FileComparison = { ...empty, ...countAgreement(ours, reading.records, differences) };
  for (const difference of differences) {
    const rules = explainDifference(difference, tool, reported);
    if (rules) comparison.deliberate.push(...rules.map((rule) => ({ rule, difference: formatDifference(difference) })));
    else comparison.unexplained.push(formatDifference(difference));
  }
  return comparison;
}

function countAgreement(ours: ComparableRecord[], theirs: ComparableRecord[], differences: Difference[]) {
  const records = Math.max(ours.length, theirs.length);
  const fields = ours.reduce((sum, record, i) => sum + Math.max(record.fields.length, theirs[i]?.fields.length ?? 0), 0);
  const fieldDifferences = differences.filter((d) => d.kind !== 'record-count' && d.kind !== 'leader').length;
  const recordsWithDifferences = new Set(differences.filter((d) => d.record > 0).map((d) => d.record)).size + Math.abs(ours.length - theirs.length);
  return { records, agreedRecords: records - recordsWithDifferences, fields, agreedFields: fields - fieldDifferences };
}
