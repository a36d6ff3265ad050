/** The merge stage's diagnostics, built in one place so their params stay consistent. */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { recordLabel, type ClusterInput } from './cluster-input.ts';

export function isbnSharedByDifferentRecords(record: ClusterInput, isbn: string, records: number): Diagnostic {
  return {
    code: 'merge.isbn-shared-by-different-records',
    severity: 'warning',
    libraryCode: record.libraryCode,
    file: record.file,
    recordNumber: record.recordNumber,
    tag: '020',
    params: { isbn, records, title: record.description.title.proper },
  };
}

export function duplicateInLibrary(record: ClusterInput, other: ClusterInput, rule: string): Diagnostic {
  return {
    code: 'merge.duplicate-in-library',
    severity: 'warning',
    libraryCode: record.libraryCode,
    file: record.file,
    recordNumber: record.recordNumber,
    params: {
      other: recordLabel(other),
      otherFile: other.file,
      otherRecordNumber: other.recordNumber,
      rule,
      title: record.description.title.proper,
    },
  };
}
