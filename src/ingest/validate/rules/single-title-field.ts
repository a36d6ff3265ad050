import { dataFields } from '../../marc/marc-record.ts';
import type { ValidationRule } from '../validation-rule.ts';

/** 245 is not repeatable; the first one is used. */
export const singleTitleField: ValidationRule = (record) => {
  const count = dataFields(record, '245').length;
  return count > 1 ? [{ code: 'validate.repeated-title', severity: 'warning', tag: '245', params: { count } }] : [];
};
