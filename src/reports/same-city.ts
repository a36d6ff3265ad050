/**
 * Duplication inside a city: titles that two or more libraries of the same city hold.
 * Cities are matched on their English name from library.yml, case and spacing ignored.
 */
import type { CityDuplication, ReportLibrary } from './report-data.ts';

export interface CityTally {
  /** Counts one record; returns the codes of its holders that share it with a library of their city. */
  add(holders: string[]): string[];
  cities(): CityDuplication[];
}

export function createCityTally(libraries: ReportLibrary[]): CityTally {
  const cityOf = new Map(libraries.map((library) => [library.code, cityKey(library.city.en)]));
  const byCity = new Map<string, CityDuplication>();
  for (const library of libraries) {
    const key = cityKey(library.city.en);
    const city = byCity.get(key) ?? byCity.set(key, { city: library.city, codes: [], sharedTitles: 0, extraHoldings: 0 }).get(key)!;
    city.codes.push(library.code);
  }

  function add(holders: string[]): string[] {
    const groups = new Map<string, string[]>();
    for (const code of holders) {
      const key = cityOf.get(code);
      if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), code]);
    }
    const sharing: string[] = [];
    for (const [key, codes] of groups) {
      if (codes.length < 2) continue;
      const city = byCity.get(key)!;
      city.sharedTitles += 1;
      city.extraHoldings += codes.length - 1;
      sharing.push(...codes);
    }
    return sharing;
  }
  return { add, cities: () => [...byCity.values()] };
}

/** Cities with two or more libraries, in the order of the library list. */
export function sameCityDuplication(tally: CityTally): CityDuplication[] {
  return tally.cities().filter((city) => city.codes.length >= 2);
}

function cityKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
