/**
 * Facet counts (per library, language, decade, format) for a query, and whether they are exact:
 * exact from the cards when every match is on the page, exact from the dictionary entry for a
 * one-word query, otherwise scaled from the rarest word's counts and labelled an estimate.
 */
import type { Card } from './fihris-index-cards.ts';
import type { IndexRoot, TermEntry } from '../../shared/search/fihris-index-format.ts';

export interface FacetCounts {
  /** Facet term (lib:<code>, lang:<code>, dec:<decade>, fmt:<format>) → matching records. */
  counts: Record<string, number>;
  exact: boolean;
}

export function facetsFromCards(cards: Card[], root: IndexRoot): FacetCounts {
  const counts: Record<string, number> = {};
  for (const card of cards) for (const facet of card.facets) counts[root.facets[facet]] = (counts[root.facets[facet]] ?? 0) + 1;
  return { counts, exact: true };
}

/**
 * @param oneWord the query is one term and nothing else (no scope): its entry counts are the answer.
 * @param singleTermEntries entries of the query's required single-term keys.
 */
export function facetsFromEntries(singleTermEntries: TermEntry[], total: number, oneWord: boolean, root: IndexRoot): FacetCounts {
  const withCounts = singleTermEntries.filter((entry) => entry.facetCounts).sort((a, b) => a.df - b.df);
  const rarest = withCounts[0];
  if (!rarest) return { counts: {}, exact: false };
  const scale = oneWord ? 1 : total / rarest.df;
  const counts: Record<string, number> = {};
  for (const [facet, count] of rarest.facetCounts!) {
    const scaled = Math.min(total, Math.round(count * scale));
    if (scaled > 0) counts[root.facets[facet]] = scaled;
  }
  return { counts, exact: oneWord };
}
