/**
 * The nearest holding library to a point, by great-circle distance. Runs in the browser
 * (the record page's one small island), so it imports nothing.
 */

export interface Place {
  lat: number;
  lon: number;
}

/**
 * Distance in kilometres (haversine, mean Earth radius).
 * @example Math.round(distanceKm({ lat: 23.59, lon: 58.17 }, { lat: 22.93, lon: 57.53 })) // 98
 */
export function distanceKm(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The closest of `places` to `from`, with its distance; undefined for an empty list. */
export function nearest<T extends Place>(from: Place, places: T[]): { place: T; km: number } | undefined {
  let best: { place: T; km: number } | undefined;
  for (const place of places) {
    const km = distanceKm(from, place);
    if (!best || km < best.km) best = { place, km };
  }
  return best;
}
