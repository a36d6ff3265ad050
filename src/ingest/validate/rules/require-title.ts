import { dataFields, subfieldValues } from '../../marc/marc-record.ts';
import type { ValidationRule } from '../validation-rule.ts';

/** A record without a title cannot be shown or found: reject it. */
export const requireTitle: ValidationRule = (record) => {
  const titles = dataFields(record, '245').flatMap((field) => subfieldValues(field, 'akp'));
  if (titles.some((title) => title.trim() !== '')) return [];
  return [{ code: 'validate.missing-title', severity: 'error', tag: '245' }];
};
