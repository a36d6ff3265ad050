import type { Title } from './catalog-schema.ts';

/**
 * The title as a reader identifies the item: proper title, then volume or part, so that
 * "ج. 1" and "ج. 2" of a set never look like the same book in a list.
 * @example displayTitle({ proper: 'تحفة الأعيان', partNumber: 'ج. 1', variants: [] }) // 'تحفة الأعيان. ج. 1'
 */
export function displayTitle(title: Pick<Title, 'proper' | 'partNumber' | 'partName'>): string {
  return [title.proper, title.partNumber, title.partName].filter(Boolean).join('. ');
}

/**
 * The display title followed by the remainder of the title, for result lists.
 * @example fullDisplayTitle({ proper: 'عمان', remainder: 'تاريخ وحضارة', variants: [] }) // 'عمان : تاريخ وحضارة'
 */
export function fullDisplayTitle(title: Pick<Title, 'proper' | 'remainder' | 'partNumber' | 'partName'>): string {
  const main = title.remainder ? `${title.proper} : ${title.remainder}` : title.proper;
  return displayTitle({ ...title, proper: main });
}
