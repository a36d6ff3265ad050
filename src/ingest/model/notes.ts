/**
 * Notes: $a of every 5XX field, with the 880 form of each (Arabic notes are searched too).
 */
import { type DataField, isDataField, subfieldValues, type MarcRecord } from '../marc/marc-record.ts';
import { linkedParallel, unpairedParallels } from './linkage.ts';
import { unique } from './text.ts';

const noteTags = Array.from({ length: 100 }, (_, i) => String(500 + i));

export function extractNotes(record: MarcRecord): string[] {
  const fields = record.fields.filter((f): f is DataField => isDataField(f) && noteTags.includes(f.tag));
  return unique([
    ...fields.flatMap((field) => [noteText(field), noteText(linkedParallel(record, field))]),
    ...unpairedParallels(record, noteTags).map(noteText),
  ]);
}

function noteText(field: DataField | undefined): string | undefined {
  return field && subfieldValues(field, 'a').map((a) => a.trim()).filter(Boolean).join(' ');
}
