/**
 * Field-by-field comparison of our records with an oracle's. Fields are aligned with a longest
 * common subsequence of their lines, so one missing field shows as one difference, not as every
 * field after it; a run of removed fields next to a run of added fields with the same tags is
 * shown as changed fields, side by side.
 */
import { fieldLine, type ComparableField, type ComparableRecord } from './comparable-record.ts';

export type DifferenceKind = 'record-count' | 'leader' | 'changed' | 'missing' | 'extra';

export interface Difference {
  file: string;
  /** 1-based; 0 for the record count. */
  record: number;
  kind: DifferenceKind;
  tag?: string;
  /** The oracle's text: a field line, a leader, or a count. */
  expected: string;
  /** Ours. */
  got: string;
  /** Both sides as fields, for the deliberate-difference rules. */
  expectedField?: ComparableField;
  gotField?: ComparableField;
}

// Leader positions that differ legitimately after conversion: record length (00-04), character
// coding (09, always 'a' in Unicode output) and base address (12-16).
const leaderPositionsCompared = [...Array(24).keys()].filter((i) => !(i <= 4 || i === 9 || (i >= 12 && i <= 16)));

export function comparedLeader(leader: string): string {
  return leaderPositionsCompared.map((i) => leader[i] ?? '∅').join('');
}

export function compareFile(file: string, ours: ComparableRecord[], theirs: ComparableRecord[]): Difference[] {
  const differences: Difference[] = [];
  if (ours.length !== theirs.length) {
    differences.push({ file, record: 0, kind: 'record-count', expected: String(theirs.length), got: String(ours.length) });
  }
  for (let i = 0; i < Math.min(ours.length, theirs.length); i++) {
    differences.push(...compareRecord(file, i + 1, ours[i], theirs[i]));
  }
  return differences;
}

export function compareRecord(file: string, record: number, ours: ComparableRecord, theirs: ComparableRecord): Difference[] {
  const differences: Difference[] = [];
  if (comparedLeader(ours.leader) !== comparedLeader(theirs.leader)) {
    differences.push({ file, record, kind: 'leader', expected: theirs.leader, got: ours.leader });
  }
  for (const [expectedField, gotField] of alignFields(theirs.fields, ours.fields)) {
    if (expectedField && gotField && fieldLine(expectedField) === fieldLine(gotField)) continue;
    const kind: DifferenceKind = !gotField ? 'missing' : !expectedField ? 'extra' : 'changed';
    differences.push({
      file, record, kind, tag: (expectedField ?? gotField)!.tag,
      expected: expectedField ? fieldLine(expectedField) : '', got: gotField ? fieldLine(gotField) : '',
      expectedField, gotField,
    });
  }
  return differences;
}

type Pair = [ComparableField | undefined, ComparableField | undefined];

/** Aligns two field lists; unmatched runs pair up in order while their tags agree. */
function alignFields(expected: ComparableField[], got: ComparableField[]): Pair[] {
  const a = expected.map(fieldLine);
  const b = got.map(fieldLine);
  // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const pairs: Pair[] = [];
  let removed: ComparableField[] = [];
  let added: ComparableField[] = [];
  const flush = () => {
    while (removed.length > 0 && added.length > 0 && removed[0].tag === added[0].tag) pairs.push([removed.shift(), added.shift()]);
    pairs.push(...removed.map((field): Pair => [field, undefined]), ...added.map((field): Pair => [undefined, field]));
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      pairs.push([expected[i++], got[j++]]);
    } else if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) removed.push(expected[i++]);
    else added.push(got[j++]);
  }
  flush();
  return pairs;
}

/** "file record 3 field 245: expected «…» got «…»", one line per difference. */
export function formatDifference(d: Difference): string {
  const where = d.kind === 'record-count' ? `${d.file}: record count` : `${d.file} record ${d.record}${d.tag ? ` field ${d.tag}` : ' leader'} (${d.kind})`;
  return `${where}: expected «${d.expected}» got «${d.got}»`;
}
