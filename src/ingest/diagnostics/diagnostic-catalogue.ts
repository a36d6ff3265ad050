/**
 * Every diagnostic the pipeline can raise, with its severity and its words in Arabic and
 * English: what is wrong, and what the library should do. Placeholders are {name}, filled
 * from Diagnostic.params. One file of definitions per stage or reader (catalogue/*.ts);
 * add a code there before raising it. Tests pin the texts.
 */
import { decodeDiagnostics } from './catalogue/decode.ts';
import { mergeDiagnostics } from './catalogue/merge.ts';
import { modelDiagnostics } from './catalogue/model.ts';
import { parseIso2709Diagnostics } from './catalogue/parse-iso2709.ts';
import { parseTextDiagnostics } from './catalogue/parse-text.ts';
import { profileDiagnostics } from './catalogue/profile.ts';
import { spreadsheetDiagnostics } from './catalogue/spreadsheet.ts';
import { validateDiagnostics } from './catalogue/validate.ts';

export const diagnosticCatalogue = {
  ...parseIso2709Diagnostics,
  ...parseTextDiagnostics,
  ...spreadsheetDiagnostics,
  ...decodeDiagnostics,
  ...modelDiagnostics,
  ...validateDiagnostics,
  ...mergeDiagnostics,
  ...profileDiagnostics,
};

export type DiagnosticCode = keyof typeof diagnosticCatalogue;
