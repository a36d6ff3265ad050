/**
 * What a pull request does to one library: records added, removed and changed, union
 * records affected, diagnostics it brings in, and whether it passes. Pure: built from the
 * two snapshots, testable without git.
 */
import type { Diagnostic, Severity } from '../ingest/diagnostics/diagnostic.ts';
import type { LibraryAccount } from '../ingest/pipeline.ts';
import { emptyLibrarySnapshot, type CatalogueSnapshot } from './catalogue-snapshot.ts';
import { affectedUnionRecords, compareRecords, type RecordChanges } from './compare-records.ts';
import { newDiagnostics } from './new-diagnostics.ts';
import { ownershipProblems, type OwnershipProblem } from './ownership-check.ts';

export interface LibraryChange {
  code: string;
  /** added: new folder; removed: folder deleted; updated: otherwise. */
  status: 'added' | 'updated' | 'removed';
  /** Records read, accepted and rejected at head (undefined when the folder was removed). */
  account?: LibraryAccount;
  records: RecordChanges;
  unionRecordsAffected: string[];
  /** Diagnostics at head that were not there at base. */
  newDiagnostics: Diagnostic[];
  /** Every diagnostic of the library at head, counted by severity. */
  headCounts: Record<Severity, number>;
  ownership: OwnershipProblem[];
  /** library.yml has errors at head: no file was read, so every record looks removed. */
  profileBroken: boolean;
  /** True when the library has an error at head (profile, file or record) or fails the ownership check. */
  fails: boolean;
}

export function describeLibraryChange(code: string, base: CatalogueSnapshot, head: CatalogueSnapshot): LibraryChange {
  const before = base.get(code) ?? emptyLibrarySnapshot(code);
  const after = head.get(code) ?? emptyLibrarySnapshot(code);
  const records = compareRecords(before.records, after.records);
  const headDiagnostics = after.diagnostics.map((d) => d.diagnostic);
  const ownership = ownershipProblems(code, head);
  const headCounts = countBySeverity(headDiagnostics);
  return {
    code,
    status: !after.account ? 'removed' : !before.account ? 'added' : 'updated',
    account: after.account,
    records,
    unionRecordsAffected: affectedUnionRecords(records, before.records),
    newDiagnostics: newDiagnostics(before.diagnostics, after.diagnostics),
    headCounts,
    ownership,
    profileBroken: after.account !== undefined && after.account.profile === undefined,
    fails: headCounts.error > 0 || ownership.length > 0,
  };
}

function countBySeverity(diagnostics: Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}
