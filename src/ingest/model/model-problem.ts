import type { Severity } from '../diagnostics/diagnostic.ts';
import { modelDiagnostics } from '../diagnostics/catalogue/model.ts';

export type ModelCode = keyof typeof modelDiagnostics;

/**
 * A data problem found while turning a MARC record into the catalogue model. The model
 * stage does not know the file or the record's place in it: the caller adds file,
 * recordNumber and byteOffset to make a Diagnostic. Severity is the catalogue's, copied
 * here so the caller need not look it up.
 */
export interface ModelProblem {
  code: ModelCode;
  severity: Severity;
  /** MARC tag concerned, e.g. "020". */
  tag?: string;
  params?: Record<string, string | number>;
}

/** A problem with the severity the diagnostics catalogue gives its code. */
export function modelProblem(code: ModelCode, tag?: string, params?: ModelProblem['params']): ModelProblem {
  const problem: ModelProblem = { code, severity: modelDiagnostics[code].severity };
  if (tag !== undefined) problem.tag = tag;
  if (params !== undefined) problem.params = params;
  return problem;
}

/** What each extractor returns when it may find problems. */
export interface WithProblems<T> {
  value: T;
  problems: ModelProblem[];
}
