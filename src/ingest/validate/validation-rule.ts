import type { DiagnosticCode } from '../diagnostics/diagnostic-catalogue.ts';
import type { Severity } from '../diagnostics/diagnostic.ts';
import type { MarcRecord } from '../marc/marc-record.ts';

/** What a rule found; the pipeline adds where (file, record, offset). */
export interface ValidationProblem {
  code: DiagnosticCode;
  severity: Severity;
  tag?: string;
  params?: Record<string, string | number>;
}

/** One check on a decoded record. An error-severity problem rejects the record. */
export type ValidationRule = (record: MarcRecord) => ValidationProblem[];
