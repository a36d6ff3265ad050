import type { MarcRecord } from '../marc/marc-record.ts';
import { requireTitle } from './rules/require-title.ts';
import { singleTitleField } from './rules/single-title-field.ts';
import type { ValidationProblem, ValidationRule } from './validation-rule.ts';

/** Every rule, in the order their problems are reported. One file per rule under rules/. */
const rules: ValidationRule[] = [requireTitle, singleTitleField];

export function validateRecord(record: MarcRecord): ValidationProblem[] {
  return rules.flatMap((rule) => rule(record));
}
