/**
 * The queries the browser measurement runs, taken from the built site's own data so that
 * every query has hits whatever the consortium: a broad word (the most common title word),
 * a rarer word, three words of one title (and its next page, when the download budget stopped
 * it), a prefix, and the largest library for scoping.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface SearchScenario {
  label: string;
  query: string;
  /** Library code for ?library= (scoped search) or for the select (facet filter). */
  library?: string;
  /** Change the library select after the query instead of putting it in the URL. */
  facetAfter?: boolean;
  /** Press "show more" on the query before, when the page offers it (measured only then). */
  showMore?: boolean;
}

interface UnionLine {
  members?: Array<{ libraryCode: string }>;
  description?: { title?: { proper?: string } };
}

export async function pickScenarios(unionJsonl: string, sampleLines = 20_000): Promise<SearchScenario[]> {
  const wordCounts = new Map<string, number>();
  const libraryCounts = new Map<string, number>();
  let threeWords = '';
  let lines = 0;
  for await (const line of createInterface({ input: createReadStream(unionJsonl) })) {
    if (!line.trim() || ++lines > sampleLines) break;
    const record = JSON.parse(line) as UnionLine;
    const words = (record.description?.title?.proper ?? '').split(/[\s:/.،,;]+/).filter((w) => /^[\u0621-\u064A]{3,}$/.test(w));
    for (const word of words) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
    if (!threeWords && words.length >= 3 && lines > 50) threeWords = words.slice(0, 3).join(' ');
    for (const member of record.members ?? []) libraryCounts.set(member.libraryCode, (libraryCounts.get(member.libraryCode) ?? 0) + 1);
  }
  const byCount = [...wordCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const broad = byCount[0]?.[0] ?? 'تاريخ';
  const rare = byCount.find(([, count]) => count === 2)?.[0] ?? byCount.at(-1)?.[0] ?? broad;
  const library = [...libraryCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const prefixSource = byCount.find(([word, count]) => word.length >= 6 && count >= 3)?.[0] ?? broad;
  return [
    { label: 'cold first query', query: rare },
    { label: 'warm second query', query: broad },
    { label: 'three-word query', query: threeWords || broad },
    { label: 'show more, after a three-word query the budget stopped', query: threeWords || broad, showMore: true },
    { label: 'prefix query', query: prefixSource.slice(0, 4) },
    { label: 'library-scoped broad query', query: broad, library },
    { label: 'facet filter (library select)', query: broad, library, facetAfter: true },
  ];
}
