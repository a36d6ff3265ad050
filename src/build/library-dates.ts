/**
 * The date each library's data is "as of": the day of the last commit that touched its
 * folder (the library's latest deposit). From git, never the wall clock, so two builds of
 * one commit stay byte-identical. Undefined outside a git checkout.
 */
import { git } from '../archive/source-date.ts';

/** Library code → "YYYY-MM-DD". */
export function libraryDepositDates(contentDir: string, codes: string[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const code of codes) {
    const day = git(contentDir, ['log', '-1', '--format=%cs', '--', `libraries/${code}`]);
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) dates.set(code, day);
  }
  return dates;
}
