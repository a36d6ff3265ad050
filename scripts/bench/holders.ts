/**
 * Which libraries hold an edition: 1 to 8 of them, most editions only 1 or 2, chosen in
 * proportion to the libraries' sizes (a large university library holds far more).
 */
import type { BenchLibrary } from './consortium-libraries.ts';
import type { Draw } from '../shared/seeded-random.ts';

/** Cumulative chance of holding counts 1..8: half the editions are held by one library. */
const holderCountCdf = [0.5, 0.72, 0.83, 0.9, 0.94, 0.97, 0.99, 1];

export function holderCount(draw: Draw): number {
  const u = draw.next();
  return holderCountCdf.findIndex((limit) => u < limit) + 1;
}

/** Distinct libraries, drawn by weight; returned in rank order. */
export function pickHolders(draw: Draw, libraries: readonly BenchLibrary[], count: number): BenchLibrary[] {
  const total = libraries.reduce((sum, library) => sum + library.weight, 0);
  const chosen = new Set<BenchLibrary>();
  while (chosen.size < Math.min(count, libraries.length)) {
    let u = draw.next() * total;
    const library = libraries.find((candidate) => (u -= candidate.weight) < 0) ?? libraries[libraries.length - 1];
    chosen.add(library);
  }
  return [...chosen].sort((a, b) => a.rank - b.rank);
}
