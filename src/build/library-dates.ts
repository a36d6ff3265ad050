/**
 * The date each library's data is "as of": the day of the last commit that changed a file in
 * its folder (the library's latest deposit; merge commits aside, as they deposit nothing of
 * their own). From git, never the wall clock, so two builds of one commit stay
 * byte-identical. Undefined outside a git checkout.
 *
 * One `git log` over libraries/ for every library: a git process for each library cost
 * 3.2 s of a 100k rebuild's staging, most of it in starting 36 processes from a build
 * holding gigabytes.
 */
import { git } from '../archive/source-date.ts';

/** Library code → "YYYY-MM-DD". */
export function libraryDepositDates(contentDir: string, codes: string[]): Map<string, string> {
  const wanted = new Set(codes);
  const dates = new Map<string, string>();
  // Newest first: a NUL, the commit's day, then the files it changed, one a line.
  const log = git(contentDir, ['log', '--format=%x00%cs', '--name-only', '--relative', '--', 'libraries/']) ?? '';
  for (const commit of log.split('\0')) {
    const [day, ...files] = commit.split('\n');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    for (const file of files) {
      const code = file.split('/')[1];
      if (wanted.has(code) && !dates.has(code)) dates.set(code, day);
    }
  }
  return dates;
}
