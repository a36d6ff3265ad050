/**
 * MARC-in-JSON (code4lib): {leader, fields: [{"001": "…"}, {"245": {ind1, ind2,
 * subfields: [{"a": "…"}]}}]}. An object: the caller chooses an array or JSON Lines.
 */
import { isControlField, type MarcRecord } from '../marc/marc-record.ts';

export interface MarcJsonRecord {
  leader: string;
  fields: Record<string, string | MarcJsonDataField>[];
}

export interface MarcJsonDataField {
  ind1: string;
  ind2: string;
  subfields: Record<string, string>[];
}

export function marcJsonRecord(record: MarcRecord): MarcJsonRecord {
  return {
    leader: record.leader,
    fields: record.fields.map((field) => isControlField(field)
      ? { [field.tag]: field.value }
      : {
        [field.tag]: {
          ind1: field.ind1,
          ind2: field.ind2,
          subfields: field.subfields.map(({ code, value }) => ({ [code]: value })),
        },
      }),
  };
}
