/**
 * The pull request's summary as Markdown for the GitHub job summary: Arabic first, then
 * English; one section per library with its figures, the records that changed, and the
 * diagnostics the pull request brings in, each with what to do.
 */
import type { Diagnostic, Severity } from '../ingest/diagnostics/diagnostic.ts';
import { describeDiagnostic, type ReportLanguage } from '../ingest/diagnostics/format-diagnostic.ts';
import type { SnapshotRecord } from './catalogue-snapshot.ts';
import type { LibraryChange } from './library-change.ts';
import { reportExitCode, type PullRequestReport } from './pull-request-report.ts';
import { summaryWords, type SummaryWords } from './summary-words.ts';

const severities: Severity[] = ['error', 'warning', 'info'];
const examplesPerSeverity = 3;
const recordsListed = 10;

export function summaryMarkdown(report: PullRequestReport): string {
  return [languageSection(report, 'ar'), languageSection(report, 'en')].join('\n\n---\n\n') + '\n';
}

function languageSection(report: PullRequestReport, language: ReportLanguage): string {
  const words = summaryWords[language];
  const parts = [`## ${words.title}`, words.comparedWith(report.base)];
  if (report.libraries.length === 0) parts.push(words.noLibraries);
  for (const library of report.libraries) parts.push(librarySection(library, words, language));
  if (report.needsMaintainer.length > 0) {
    parts.push(`### ${words.needsMaintainer}`, words.needsMaintainerNote, report.needsMaintainer.map((p) => `- \`${p}\``).join('\n'));
  }
  parts.push(`**${reportExitCode(report) === 1 ? words.outcomeFail : words.outcomePass}**`);
  return parts.join('\n\n');
}

function librarySection(library: LibraryChange, words: SummaryWords, language: ReportLanguage): string {
  const mark = library.fails ? '❌' : '✅';
  const parts = [
    `### ${mark} \`${library.code}\`: ${words.status[library.status]}${words.comma}${library.fails ? words.fails : words.passes}`,
    figuresTable(library, words),
  ];
  if (library.profileBroken) parts.push(`> ${words.profileBroken}`);
  const lists = recordLists(library, words);
  if (lists) parts.push(lists);
  parts.push(diagnosticsSection(library, words, language));
  if (library.ownership.length > 0) {
    parts.push(`#### ${words.ownership}`, library.ownership.map((p) => `- ${words.ownershipLine(p.file, p.recordKey, p.libraryCode)}`).join('\n'));
  }
  return parts.join('\n\n');
}

function figuresTable(library: LibraryChange, words: SummaryWords): string {
  const { account, records } = library;
  const rows: Array<[string, string | number]> = [
    [words.read, account?.recordsRead ?? 0],
    [words.accepted, account?.recordsAccepted ?? 0],
    [words.rejected, account?.recordsRejected ?? 0],
    [words.added, records.added.length],
    [words.removed, records.removed.length],
    [words.changed, records.changed.length],
    [words.unionAffected, library.unionRecordsAffected.length],
  ];
  return [`| ${words.figure} | ${words.count} |`, '|---|---:|', ...rows.map(([name, value]) => `| ${name} | ${value} |`)].join('\n');
}

function recordLists(library: LibraryChange, words: SummaryWords): string {
  const { added, removed, changed } = library.records;
  return ([[words.added, added], [words.removed, removed], [words.changed, changed]] as const)
    .filter(([, records]) => records.length > 0)
    .map(([name, records]) => `- ${name}: ${recordKeys(records, words)}`)
    .join('\n');
}

function recordKeys(records: SnapshotRecord[], words: SummaryWords): string {
  const shown = records.slice(0, recordsListed).map((r) => code(r.key)).join(', ');
  return records.length > recordsListed ? `${shown} ${words.more(records.length - recordsListed)}` : shown;
}

function diagnosticsSection(library: LibraryChange, words: SummaryWords, language: ReportLanguage): string {
  const table = [
    `| ${words.severity} | ${words.newCount} | ${words.totalCount} |`,
    '|---|---:|---:|',
    ...severities.map((s) => `| ${words.severityNames[s]} | ${library.newDiagnostics.filter((d) => d.severity === s).length} | ${library.headCounts[s]} |`),
  ].join('\n');
  const examples = severities.flatMap((s) => severityExamples(library.newDiagnostics.filter((d) => d.severity === s), s, words, language));
  return [`#### ${words.newDiagnostics}`, table, examples.length > 0 ? examples.join('\n') : words.noNewDiagnostics].join('\n\n');
}

function severityExamples(diagnostics: Diagnostic[], severity: Severity, words: SummaryWords, language: ReportLanguage): string[] {
  if (diagnostics.length === 0) return [];
  const lines = [`**${words.severityNames[severity]}** (${diagnostics.length})`, ''];
  for (const d of diagnostics.slice(0, examplesPerSeverity)) {
    const { message, advice } = describeDiagnostic(d, language);
    lines.push(`- ${code(d.code)} ${location(d, words)}: ${plain(message)} ${plain(advice)}`);
  }
  lines.push('');
  return lines;
}

function location(d: Diagnostic, words: SummaryWords): string {
  const parts = [code(d.file)];
  if (d.recordNumber !== undefined) parts.push(`${words.record} ${d.recordNumber}`);
  if (d.line !== undefined) parts.push(`${words.line} ${d.line}`);
  if (d.tag !== undefined) parts.push(d.tag);
  return parts.join(', ');
}

/** Text from the diagnostic catalogue, with "<record>" and the like shown, not taken as HTML. */
function plain(text: string): string {
  return text.replaceAll('<', '&lt;');
}

/** Inline code that survives a backtick in the text. */
function code(text: string): string {
  return `\`${text.replaceAll('`', "'")}\``;
}
