/**
 * Encodes every term's dictionary entry body, and the scoped lists', in index order (JS string order, the order the
 * browser's binary searches use), into one buffer.
 */
import type { CollectedRecords } from './collect-records.ts';
import { ByteWriter } from './byte-writer.ts';
import type { SortedEntries } from './dictionary-writer.ts';
import { encodeEntryBody, type EntryContext } from './entry-encoder.ts';
import type { ScopedLists } from './scoped-lists.ts';

export function sortTerms(terms: string[]): Int32Array {
  const order = Int32Array.from(terms.keys());
  return order.sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
}

/** Terms (ids below `terms.length`) and scoped lists (ids from there on) in one index order. */
function mergedOrder(terms: string[], sortedTerms: Int32Array, scoped: ScopedLists): Int32Array {
  const scopedOrder = Int32Array.from(scoped.keys.keys()).sort((a, b) => (scoped.keys[a] < scoped.keys[b] ? -1 : 1));
  const order = new Int32Array(sortedTerms.length + scopedOrder.length);
  let i = 0;
  let j = 0;
  for (let at = 0; at < order.length; at++) {
    const takeTerm = j >= scopedOrder.length || (i < sortedTerms.length && terms[sortedTerms[i]] < scoped.keys[scopedOrder[j]]);
    order[at] = takeTerm ? sortedTerms[i++] : terms.length + scopedOrder[j++];
  }
  return order;
}

export function encodeSortedEntries(
  collected: CollectedRecords,
  sortedTerms: Int32Array,
  context: EntryContext,
  facetCountsOf: (term: number) => [number, number][] | undefined,
  scoped: ScopedLists,
): SortedEntries {
  const base = collected.terms.length;
  const order = mergedOrder(collected.terms, sortedTerms, scoped);
  const count = order.length;
  const writer = new ByteWriter();
  const bodyStart = new Int32Array(count + 1);
  const flagsAt = new Int32Array(count);
  const facetEnd = new Int32Array(count);
  const df = new Int32Array(count);
  const terms: string[] = new Array(count);
  order.forEach((term, i) => {
    bodyStart[i] = writer.length;
    let facets: [number, number][] | undefined;
    if (term >= base) {
      terms[i] = scoped.keys[term - base];
      df[i] = scoped.df[term - base];
      writer.bytes(scoped.bodies[term - base]);
    } else {
      terms[i] = collected.terms[term];
      df[i] = context.index.df[term];
      facets = facetCountsOf(term);
      encodeEntryBody(context, term, facets, writer);
    }
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
