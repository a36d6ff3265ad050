/**
 * Builds MarcRecords for tests, field by field:
 *   marc({ '001': '123', '245': ['10', 'a', 'تاريخ عمان /', 'c', 'تأليف ...'], '700': [['1 ', 'a', '...'], ['1 ', 'a', '...']] })
 * A control field (00X) is a string; a data field is [indicators, code, value, code, value, ...];
 * a repeated field is an array of those. Tags come out in ascending order, as in a real record.
 */
import type { DataField, MarcField, MarcRecord } from '../../../src/ingest/marc/marc-record.ts';

type FieldSpec = string[];
export type RecordSpec = { leader?: string } & Record<string, string | FieldSpec | FieldSpec[] | undefined>;

export const bookLeader = '00000nam a2200000 a 4500';

export function marc(spec: RecordSpec): MarcRecord {
  const fields: MarcField[] = [];
  for (const [tag, value] of Object.entries(spec)) {
    if (tag === 'leader' || value === undefined) continue;
    if (typeof value === 'string') fields.push({ tag, value });
    else if (Array.isArray(value[0])) for (const one of value as FieldSpec[]) fields.push(dataField(tag, one));
    else fields.push(dataField(tag, value as FieldSpec));
  }
  return { leader: spec.leader ?? bookLeader, fields };
}

/** One data field: dataField('245', ['10', 'a', 'Title']). */
export function dataField(tag: string, [indicators, ...pairs]: FieldSpec): DataField {
  const subfields = [];
  for (let i = 0; i < pairs.length; i += 2) subfields.push({ code: pairs[i], value: pairs[i + 1] });
  return { tag, ind1: indicators[0] ?? ' ', ind2: indicators[1] ?? ' ', subfields };
}

/** An 008 for a book: date type, date 1, date 2 and language in their positions, the rest blank. */
export function fixed008(dateType: string, date1: string, language = 'ara', date2 = '    '): string {
  return `200101${dateType}${date1}${date2}mu            000 0 ${language} d`;
}
