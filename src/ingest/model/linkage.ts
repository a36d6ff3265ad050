/**
 * 880 alternate graphic representation: a field in another script (here usually Arabic) paired
 * with its regular field through $6. The regular field says "880-02"; its 880 says
 * "700-02/(3/r" (linked to 700 occurrence 02, script Arabic, right-to-left). Occurrence "00"
 * means the 880 has no regular partner: it stands alone and is used as its own tag would be.
 */
import { dataFields, type DataField, type MarcRecord } from '../marc/marc-record.ts';

export interface Linkage {
  /** The tag this $6 points to ("880" in a regular field, e.g. "245" in an 880). */
  tag: string;
  /** Two digits; "00" is unlinked. */
  occurrence: string;
  /** Script identification code after the slash, e.g. "(3" for Arabic. */
  script?: string;
}

/** The parsed $6 of a field, or undefined when it has none or it is unreadable. */
export function fieldLinkage(field: DataField): Linkage | undefined {
  const six = field.subfields.find((s) => s.code === '6')?.value;
  const match = six === undefined ? null : /^\s*(\d{3})-(\d{2,})(?:\/([^/]*))?/.exec(six);
  if (!match) return undefined;
  return { tag: match[1], occurrence: match[2], script: match[3] || undefined };
}

/** The 880 paired with a regular field, if any. */
export function linkedParallel(record: MarcRecord, field: DataField): DataField | undefined {
  const link = fieldLinkage(field);
  if (!link || link.tag !== '880' || link.occurrence === '00') return undefined;
  return dataFields(record, '880').find((candidate) => {
    const back = fieldLinkage(candidate);
    return back?.tag === field.tag && back.occurrence === link.occurrence;
  });
}

/**
 * 880s standing for one of these tags with no regular partner: "880-00", or an occurrence no
 * regular field points back to. Both are kept, so their text is still shown and searched.
 */
export function unpairedParallels(record: MarcRecord, tags: readonly string[]): DataField[] {
  return dataFields(record, '880').filter((field) => {
    const link = fieldLinkage(field);
    if (!link || !tags.includes(link.tag)) return false;
    return link.occurrence === '00' || !hasRegularPartner(record, link);
  });
}

/** 880s that claim a partner (occurrence other than 00) that is not in the record. */
export function orphanParallels(record: MarcRecord): DataField[] {
  return dataFields(record, '880').filter((field) => {
    const link = fieldLinkage(field);
    return link !== undefined && link.occurrence !== '00' && !hasRegularPartner(record, link);
  });
}

function hasRegularPartner(record: MarcRecord, link: Linkage): boolean {
  return dataFields(record, link.tag).some((regular) => {
    const forward = fieldLinkage(regular);
    return forward?.tag === '880' && forward.occurrence === link.occurrence;
  });
}

/** The tag an 880 stands for, or the field's own tag for a regular field. */
export function effectiveTag(field: DataField): string {
  return field.tag === '880' ? (fieldLinkage(field)?.tag ?? '880') : field.tag;
}
