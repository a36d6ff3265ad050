/**
 * Small constructors for MARC fields, and the ISBD punctuation a cataloguer adds at the end
 * of a subfield (" :", " /", " ;", ".") when the library follows ISBD.
 */
import type { ControlField, DataField, Subfield } from '../../src/ingest/marc/marc-record.ts';

export function control(tag: string, value: string): ControlField {
  return { tag, value };
}

/** Subfields given as [code, value] pairs; empty values are left out. */
export function data(tag: string, indicators: string, subfields: [string, string | undefined][]): DataField {
  const kept: Subfield[] = subfields
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([code, value]) => ({ code, value }));
  return { tag, ind1: indicators[0], ind2: indicators[1], subfields: kept };
}

/** Appends ISBD punctuation when the style uses it and the text does not already end with it. */
export function isbd(text: string | undefined, mark: string, useIsbd: boolean): string | undefined {
  if (text === undefined || !useIsbd) return text;
  if (mark === '.' && /[.?!\]]$/.test(text)) return text;
  return `${text}${mark}`;
}
