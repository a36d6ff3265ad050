import type { Diagnostic } from './diagnostic.ts';

/** A source record that did not join the catalogue: where it was, why, and its bytes. */
export interface Rejection {
  libraryCode: string;
  file: string;
  recordNumber: number;
  byteOffset: number;
  /** Why: at least one error. */
  diagnostics: Diagnostic[];
  /** The record exactly as deposited, so that nothing is lost. */
  raw: Uint8Array;
}
