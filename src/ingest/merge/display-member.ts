/**
 * Which member's description a union record shows: the fullest, best-coded one. Coding that
 * helps readers and other systems (an ISBN, a language code, subjects, a class number) counts
 * most; then sheer completeness. Ties go to the first member in the stable order.
 */
import type { BibliographicDescription } from '../../shared/catalog-schema.ts';

export function descriptionScore(description: BibliographicDescription): number {
  const d = description;
  let score = 0;
  if (d.identifiers.isbn.length > 0) score += 40;
  if (d.languages.length > 0) score += 20;
  if (d.subjects.length > 0) score += 20;
  if (d.classification.dewey.length + d.classification.lc.length > 0) score += 20;
  if (d.names.length > 0) score += 10;
  if (d.publication.gregorianYear !== undefined) score += 10;
  score += presentCount([
    d.title.remainder, d.title.responsibility, d.edition, d.physicalDescription,
    d.publication.place, d.publication.publisher, d.publication.dateText,
  ]) * 4;
  score += Math.min(d.subjects.length, 5) + Math.min(d.names.length, 5) + Math.min(d.notes.length, 5);
  score += Math.min(d.series.length + d.title.variants.length + d.links.length, 5);
  // Longer title information breaks ties between otherwise equal records, a little.
  score += Math.min(titleLength(d), 200) / 100;
  return score;
}

/** Index of the member to display: highest score, first in order on a tie. */
export function chooseDisplayMember(descriptions: readonly BibliographicDescription[]): number {
  let best = 0;
  let bestScore = -Infinity;
  descriptions.forEach((description, i) => {
    const score = descriptionScore(description);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function presentCount(values: Array<string | undefined>): number {
  return values.filter((value) => value !== undefined && value.trim() !== '').length;
}

function titleLength(d: BibliographicDescription): number {
  return [d.title.proper, d.title.remainder, d.title.responsibility].join('').length;
}
