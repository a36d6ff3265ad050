/**
 * The pages Astro builds from the data: one per union record and one per library,
 * the same list for both languages (each language's route file calls these).
 */
import { loadSiteData } from './site-data.ts';

export function recordStaticPaths() {
  return loadSiteData().records.map((record) => ({ params: { id: record.id }, props: { record } }));
}

export function libraryStaticPaths() {
  return loadSiteData().libraries.map((library) => ({ params: { code: library.code }, props: { library } }));
}
