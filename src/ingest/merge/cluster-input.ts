/**
 * What the merge stage works on: one library's record, already modelled, with its holdings.
 * The pipeline builds these from the model stage's output; merge never reads MARC itself.
 */
import type { BibliographicDescription, Holding } from '../../shared/catalog-schema.ts';

export interface ClusterInput {
  libraryCode: string;
  /** Source file, relative to the content folder. */
  file: string;
  /** 1-based record number in the file. */
  recordNumber: number;
  /** 001 of the source record. */
  controlNumber?: string;
  /** 003 of the source record: whose control number it is. */
  controlNumberIdentifier?: string;
  description: BibliographicDescription;
  holdings: Holding[];
}

/**
 * Total order on source records (library, file, record number): every tie in the merge stage
 * is broken with it, so nothing depends on the order the deposits were read in.
 */
export function compareInputs(a: ClusterInput, b: ClusterInput): number {
  return compareText(a.libraryCode, b.libraryCode)
    || compareText(a.file, b.file)
    || a.recordNumber - b.recordNumber;
}

/** Code-unit comparison: the same in every locale and every Node version, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "file#recordNumber": how a report names a record that has no control number. */
export function recordLabel(input: ClusterInput): string {
  return input.controlNumber?.trim() || `${input.file}#${input.recordNumber}`;
}
