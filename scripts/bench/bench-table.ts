/** The benchmark's results as one Markdown table per size. */
import type { StageRun } from './run-stage.ts';

export interface StageResult {
  stage: string;
  /** Why the stage did not run, when it did not. */
  skipped?: string;
  run?: StageRun;
  summary?: string;
}

export interface SizeResult {
  editions: number;
  sourceRecords: number;
  stages: StageResult[];
}

export function markdownTable(size: SizeResult): string {
  const lines = [
    `### ${size.editions.toLocaleString('en')} union records (${size.sourceRecords.toLocaleString('en')} source records)`,
    '',
    '| stage | stage s | process s | peak RSS, process tree | result |',
    '|---|---:|---:|---:|---|',
  ];
  for (const { stage, skipped, run, summary } of size.stages) {
    if (skipped) lines.push(`| ${stage} | – | – | – | skipped: ${cell(skipped)} |`);
    else if (run && !run.ok) lines.push(`| ${stage} | – | ${run.wallSeconds} | ${run.peakTreeMiB} MiB | FAILED: ${cell(run.error ?? '')} |`);
    else if (run) lines.push(`| ${stage} | ${run.figures?.seconds ?? '–'} | ${run.wallSeconds} | ${run.peakTreeMiB} MiB | ${cell(summary ?? '')} |`);
  }
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
