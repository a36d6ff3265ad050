/**
 * What a list of records shows of each one (a library's holdings, a browse page): its link,
 * title, first author and year. The listing pages take these, not whole union records: a page
 * of 100 records sent to a render worker carried 100 whole records (structured clone, most of
 * the main thread's time in the renderer), and a listing page's cache key now changes only
 * when what it shows changes.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { fullDisplayTitle } from '../shared/display-title.ts';
import { displayYear, mainAuthor } from './record-view.ts';

export interface ListedRecord {
  id: string;
  title: string;
  author?: string;
  year?: string;
}

const listed = new WeakMap<UnionRecord, ListedRecord>();

/**
 * Once per record: every list a record is on shares the one object.
 * @example listedRecord(record) // { id: 'r1x', title: 'عمان : تاريخ وحضارة', author: 'السالمي، نور الدين', year: '1995' }
 */
export function listedRecord(record: UnionRecord): ListedRecord {
  let entry = listed.get(record);
  if (entry === undefined) {
    const author = mainAuthor(record);
    const year = displayYear(record.description.publication);
    entry = { id: record.id, title: fullDisplayTitle(record.description.title), ...(author && { author }), ...(year && { year }) };
    listed.set(record, entry);
  }
  return entry;
}
