/**
 * Holdings: the copies a library has of one record, from its holdings or item fields,
 * identical copies (same branch, location and call number) grouped into one Holding.
 */
import type { Holding } from '../../shared/catalog-schema.ts';
import { dataFields, type MarcRecord } from '../marc/marc-record.ts';
import { builtInFormats, formatFromMapping, type HoldingsMapping, type ItemCopy } from './holdings-formats.ts';
import { modelProblem, type ModelProblem } from './model-problem.ts';
import { withoutEmpty } from './without-empty.ts';

export type { HoldingsMapping } from './holdings-formats.ts';

/**
 * The record's holdings at this library. The library's own mapping is tried first, then the
 * built-in formats; the first that finds fields is used. With no holdings field at all, the
 * library still holds the item: one holding of one copy, and an info problem.
 */
export function extractHoldings(record: MarcRecord, libraryCode: string, mapping?: HoldingsMapping): { holdings: Holding[]; problems: ModelProblem[] } {
  const formats = mapping ? [formatFromMapping(mapping), ...builtInFormats] : builtInFormats;
  for (const format of formats) {
    const fields = dataFields(record, format.tag);
    if (fields.length > 0) return { holdings: groupCopies(fields.map(format.read), libraryCode), problems: [] };
  }
  return {
    holdings: [{ libraryCode, copies: 1 }],
    problems: [modelProblem('model.no-holdings', undefined, { library: libraryCode })],
  };
}

function groupCopies(items: ItemCopy[], libraryCode: string): Holding[] {
  const groups = new Map<string, ItemCopy[]>();
  for (const item of items) {
    const key = JSON.stringify([item.branch, item.location, item.callNumber]);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].map((group) => holdingFrom(group, libraryCode));
}

function holdingFrom(group: ItemCopy[], libraryCode: string): Holding {
  const { branch, location, callNumber } = group[0];
  const copies = group.reduce((sum, item) => sum + item.copies, 0);
  return withoutEmpty<Holding>({
    libraryCode, branch, location, callNumber,
    barcode: group.map((item) => item.barcode).filter(Boolean).join(', '),
    status: groupStatus(group, copies),
    copies,
  });
}

/** One status when every copy shares it; otherwise each status with its count: "on loan (1 of 3)". */
function groupStatus(group: ItemCopy[], total: number): string | undefined {
  const counts = new Map<string, number>();
  for (const item of group) {
    if (item.status) counts.set(item.status, (counts.get(item.status) ?? 0) + item.copies);
  }
  if (counts.size === 0) return undefined;
  const [first] = counts;
  if (counts.size === 1 && first[1] === total) return first[0];
  return [...counts].map(([status, count]) => `${status} (${count} of ${total})`).join('; ');
}
