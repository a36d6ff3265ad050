/**
 * 008 for books (40 characters): date entered, date of publication, place code,
 * government publication, literary form, language, cataloguing source.
 */
import type { CataloguingStyle } from './cataloguing-style.ts';
import type { Edition } from './editions.ts';
import { publishers } from './publishers.ts';

const governmentPublishers = new Set(['turath', 'turath2002', 'awqaf', 'infoMinistry']);

export function fixedField008(edition: Edition, style: CataloguingStyle, sequence: number): string {
  const entered = dateEntered(style.enteredFrom, sequence);
  const place = publishers[edition.publisher].country.padEnd(3, ' ');
  const government = governmentPublishers.has(edition.publisher) ? 'f' : ' ';
  const value = `${entered}s${edition.year}    ${place}    ${' '}${' '}    ${government}000 ${literaryForm(edition)} ${edition.language} d`;
  if (value.length !== 40) throw new Error(`008 for ${edition.key} is ${value.length} characters, not 40`);
  return value;
}

function dateEntered(fromYear: number, sequence: number): string {
  const year = fromYear + (sequence % 7);
  const month = 1 + (sequence * 5) % 12;
  const day = 1 + (sequence * 11) % 28;
  return [year % 100, month, day].map((n) => String(n).padStart(2, '0')).join('');
}

function literaryForm(edition: Edition): string {
  if (edition.dewey.startsWith('892.71')) return 'p';
  if (/^892\.73/.test(edition.dewey) || edition.subjects.some((s) => s.includes('Fiction'))) return '1';
  return '0';
}
