/**
 * Encodes every term's dictionary entry body, in index order (JS string order, the order the
 * browser's binary searches use), into one buffer.
 */
import type { CollectedRecords } from './collect-records.ts';
import { ByteWriter } from './byte-writer.ts';
import type { SortedEntries } from './dictionary-writer.ts';
import { encodeEntryBody, type EntryContext } from './entry-encoder.ts';

export function sortTerms(terms: string[]): Int32Array {
  const order = Int32Array.from(terms.keys());
  return order.sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
}

export function encodeSortedEntries(
  collected: CollectedRecords,
  sortedTerms: Int32Array,
  context: EntryContext,
  facetCountsOf: (term: number) => [number, number][] | undefined,
): SortedEntries {
  const count = sortedTerms.length;
  const writer = new ByteWriter();
  const bodyStart = new Int32Array(count + 1);
  const flagsAt = new Int32Array(count);
  const facetEnd = new Int32Array(count);
  const df = new Int32Array(count);
  const terms: string[] = new Array(count);
  sortedTerms.forEach((term, i) => {
    terms[i] = collected.terms[term];
    df[i] = context.index.df[term];
    bodyStart[i] = writer.length;
    const facets = facetCountsOf(term);
    encodeEntryBody(context, term, facets, writer);
    // Re-read where the flags byte and the facet counts lie: df varint, flags, facet list.
    flagsAt[i] = bodyStart[i] + varintLength(df[i]);
    facetEnd[i] = flagsAt[i] + 1 + (facets ? facetBytes(facets) : 0);
  });
  bodyStart[count] = writer.length;
  return { terms, df, bodies: writer.result(), bodyStart, flagsAt, facetEnd };
}

function varintLength(value: number): number {
  let length = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    length++;
  }
  return length;
}

function facetBytes(facets: [number, number][]): number {
  let bytes = varintLength(facets.length);
  let previous = -1;
  for (const [facet, count] of facets) {
    bytes += varintLength(facet - previous - 1) + varintLength(count);
    previous = facet;
  }
  return bytes;
}
