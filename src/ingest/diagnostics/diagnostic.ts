/**
 * Problems in the DATA never throw: each becomes a Diagnostic, collected and reported,
 * and the rest of the file still goes through. The words shown to a librarian come from
 * the bilingual catalogue (diagnostic-catalogue.ts), keyed by `code`, filled with `params`.
 */
import type { DiagnosticCode } from './diagnostic-catalogue.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Library the file belongs to, when known. */
  libraryCode?: string;
  /** Path of the file, relative to the content folder when there is one. */
  file: string;
  /** 1-based record number in the file. */
  recordNumber?: number;
  /** Byte offset in the file of the problem (or of the record when the problem has no finer place). */
  byteOffset?: number;
  /** 1-based line, for text formats (MRK, CSV, XML). */
  line?: number;
  /** MARC tag concerned, e.g. "245", or "LDR" for the leader. */
  tag?: string;
  /** Values substituted into the catalogue's message and advice templates: {name}. */
  params?: Record<string, string | number>;
}
