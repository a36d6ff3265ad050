/**
 * A link to a library's place on OpenStreetMap: a plain link, so no map, tile or script
 * is ever loaded from another origin by the site itself.
 * @example openStreetMapUrl({ lat: 23.59, lon: 58.173 }) // "https://www.openstreetmap.org/?mlat=23.59&mlon=58.173#map=16/23.59/58.173"
 */
export function openStreetMapUrl({ lat, lon }: { lat: number; lon: number }): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}
