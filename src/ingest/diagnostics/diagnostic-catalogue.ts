/**
 * Every diagnostic the pipeline can raise, with its severity and its words in Arabic and
 * English: what is wrong, and what the library should do. Placeholders are {name}, filled
 * from Diagnostic.params. One file of definitions per stage (catalogue/*.ts); add a code
 * there before raising it. Tests pin the texts.
 */
import { decodeDiagnostics } from './catalogue/decode.ts';
import { mergeDiagnostics } from './catalogue/merge.ts';
import { parseDiagnostics } from './catalogue/parse.ts';
import { profileDiagnostics } from './catalogue/profile.ts';
import { validateDiagnostics } from './catalogue/validate.ts';

export const diagnosticCatalogue = {
  ...parseDiagnostics,
  ...decodeDiagnostics,
  ...validateDiagnostics,
  ...mergeDiagnostics,
  ...profileDiagnostics,
};

export type DiagnosticCode = keyof typeof diagnosticCatalogue;
