/**
 * Decides whether a difference is one of the deliberate ones: every indicator, subfield code
 * and value that differs must be accepted by a rule for this tool, and each rule used must be
 * backed by the diagnostic it names, where it names it. Returns the rules used, or undefined.
 */
import { isComparableDataField, type ComparableField } from './comparable-record.ts';
import type { Difference } from './compare-records.ts';
import { deliberateDifferences, type DeliberateDifference, type Explains, type Tool } from './deliberate-differences.ts';
import type { ReportLine } from './run-convert.ts';

/** Which diagnostic codes fihris reported where, by file (as named in the differences). */
export class ReportedDiagnostics {
  private readonly codes = new Map<string, Set<string>>();

  constructor(lines: { file: string; line: ReportLine }[]) {
    for (const { file, line } of lines) {
      for (const key of [file, `${file}|${line.recordNumber}`, `${file}|${line.recordNumber}|${line.tag}`]) {
        this.codes.set(key, (this.codes.get(key) ?? new Set()).add(line.code));
      }
    }
  }

  has(rule: DeliberateDifference, difference: Difference): boolean {
    if (rule.diagnostics.length === 0) return true;
    const key = rule.scope === 'file' ? difference.file
      : rule.scope === 'record' ? `${difference.file}|${difference.record}`
      : `${difference.file}|${difference.record}|${difference.tag}`;
    const reported = this.codes.get(key);
    return rule.diagnostics.some((code) => reported?.has(code));
  }
}

export function explainDifference(difference: Difference, tool: Tool, reported: ReportedDiagnostics): string[] | undefined {
  const used = new Set<string>();
  const accept = (explains: Explains, theirs: string, ours: string): boolean => {
    const rule = deliberateDifferences.find((r) => r.explains === explains && r.tools.includes(tool)
      && r.accepts(theirs, ours, tool) && reported.has(r, difference));
    if (rule) used.add(rule.id);
    return rule !== undefined;
  };
  if (difference.kind === 'record-count') return accept('record-count', difference.expected, difference.got) ? [...used] : undefined;
  if (difference.kind !== 'changed') return undefined;
  return reconcileFields(difference.expectedField!, difference.gotField!, accept) ? [...used] : undefined;
}

type Accept = (explains: Explains, theirs: string, ours: string) => boolean;

function reconcileFields(theirs: ComparableField, ours: ComparableField, accept: Accept): boolean {
  if (!isComparableDataField(theirs) || !isComparableDataField(ours)) {
    return !isComparableDataField(theirs) && !isComparableDataField(ours) && same(theirs.value, ours.value, accept);
  }
  for (const position of ['ind1', 'ind2'] as const) {
    if (theirs[position] !== ours[position] && !accept('indicator', theirs[position], ours[position])) return false;
  }
  let subfields = ours.subfields;
  if (subfields.length === theirs.subfields.length + 1) {
    if (!accept('leading-subfield', '', subfields[0][0])) return false;
    subfields = subfields.slice(1);
  }
  if (subfields.length !== theirs.subfields.length) return false;
  return subfields.every(([code, value], i) => {
    const [theirCode, theirValue] = theirs.subfields[i];
    return (code === theirCode || accept('subfield-code', theirCode, code)) && same(theirValue, value, accept);
  });
}

function same(theirs: string, ours: string, accept: Accept): boolean {
  return theirs === ours || accept('value', theirs, ours);
}
