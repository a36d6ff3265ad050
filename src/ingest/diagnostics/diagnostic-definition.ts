import type { Severity } from './diagnostic.ts';

export interface DiagnosticText {
  /** What is wrong, with {placeholders}. */
  message: string;
  /** What the library should do about it, in its own system. */
  advice: string;
}

export interface DiagnosticDefinition {
  severity: Severity;
  ar: DiagnosticText;
  en: DiagnosticText;
}
