/**
 * Subjects: 600/610/611/630/650/651/655 as one heading each, subdivisions ($v $x $y $z)
 * joined by " -- ", plus their 880 forms (Arabic headings are found by Arabic readers).
 */
import { dataFields, type DataField, type MarcRecord } from '../marc/marc-record.ts';
import { linkedParallel, unpairedParallels } from './linkage.ts';
import { stripIsbd, unique } from './text.ts';

const subjectTags = ['600', '610', '611', '630', '650', '651', '655'] as const;
const subdivisionCodes = 'vxyz';
// $0 $1 authority links, $2 thesaurus, $3 materials, $4 relator, $5 institution, $6 $8 linkage, $e relator term.
const notShown = '0123456789e';

export function extractSubjects(record: MarcRecord): string[] {
  const fields = subjectTags.flatMap((tag) => dataFields(record, tag));
  const parallels = fields.map((field) => linkedParallel(record, field));
  return unique([
    ...fields.map(subjectHeading),
    ...parallels.map((field) => field && subjectHeading(field)),
    ...unpairedParallels(record, subjectTags).map(subjectHeading),
  ]);
}

/** "Political science -- Mediterranean Region -- History -- Congresses". */
export function subjectHeading(field: DataField): string {
  const main: string[] = [];
  const subdivisions: string[] = [];
  for (const { code, value } of field.subfields) {
    if (notShown.includes(code)) continue;
    if (subdivisionCodes.includes(code)) subdivisions.push(stripIsbd(value));
    else if (subdivisions.length === 0) main.push(value.trim());
    // A heading part after a subdivision (rare) is treated as one more subdivision.
    else subdivisions.push(stripIsbd(value));
  }
  return [stripIsbd(main.join(' ')), ...subdivisions].filter(Boolean).join(' -- ');
}
