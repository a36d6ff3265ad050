/**
 * Builds the reader's diagnostics: severity comes from the catalogue, so a code and its
 * severity cannot disagree; byte offsets are turned from record-relative into file offsets.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import {
  iso2709Reasons,
  parseIso2709Diagnostics,
  type Iso2709Reason,
} from '../diagnostics/catalogue/parse-iso2709.ts';

export type Iso2709Code = keyof typeof parseIso2709Diagnostics;

/** Where the bytes being parsed sit: `byteOffset` is the file offset of their first byte. */
export interface RecordPlace {
  file: string;
  recordNumber: number;
  byteOffset: number;
}

export interface IsoProblem {
  code: Iso2709Code;
  /** Offset inside the record's bytes; the diagnostic gets the file offset. */
  at: number;
  tag?: string;
  reason?: Iso2709Reason;
  params?: Record<string, string | number>;
}

export function isoDiagnostic(place: RecordPlace, problem: IsoProblem): Diagnostic {
  const params: Record<string, string | number> = { ...problem.params };
  if (problem.tag !== undefined) params.tag = problem.tag;
  if (problem.reason !== undefined) {
    params.reason = iso2709Reasons[problem.reason].en;
    params.reasonAr = iso2709Reasons[problem.reason].ar;
  }
  const diagnostic: Diagnostic = {
    code: problem.code,
    severity: parseIso2709Diagnostics[problem.code].severity,
    file: place.file,
    recordNumber: place.recordNumber,
    byteOffset: place.byteOffset + problem.at,
    params,
  };
  if (problem.tag !== undefined) diagnostic.tag = problem.tag;
  return diagnostic;
}
