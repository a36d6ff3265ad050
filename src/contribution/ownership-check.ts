/**
 * A library's pull request may change only its own records: every record read from
 * content/libraries/<code>/ must be a member of library <code>, and every record of
 * library <code> must come from its own folder. The profile check already refuses files
 * outside the folder; this checks the result, so a future reader cannot break the promise.
 */
import type { CatalogueSnapshot } from './catalogue-snapshot.ts';

export interface OwnershipProblem {
  /** The library whose records they were counted as. */
  libraryCode: string;
  /** Source file, relative to the content folder. */
  file: string;
  recordKey: string;
}

export function ownershipProblems(code: string, head: CatalogueSnapshot): OwnershipProblem[] {
  const folder = `libraries/${code}/`;
  const problems: OwnershipProblem[] = [];
  for (const library of head.values()) {
    for (const record of library.records.values()) {
      // A problem when exactly one holds: from X's folder but counted for another library, or the reverse.
      if (record.file.startsWith(folder) === (library.code === code)) continue;
      problems.push({ libraryCode: library.code, file: record.file, recordKey: record.key });
    }
  }
  return problems;
}
