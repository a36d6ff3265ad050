/**
 * Links between pages, always relative to the page that holds them, so the site works
 * under any base path, from a web archive, or as a copy of files on a disk.
 * Paths are site-root relative with no leading slash: "index.html", "en/r/abc.html".
 */

/**
 * The href that leads from the page at `fromPage` to the file at `toPath`.
 * @example relativeHref('en/r/abc.html', 'l/squ.html') // "../../l/squ.html"
 * @example relativeHref('index.html', 'search.html') // "search.html"
 */
export function relativeHref(fromPage: string, toPath: string): string {
  const fromDirs = fromPage.split('/').slice(0, -1);
  const toParts = toPath.split('/');
  let shared = 0;
  while (shared < fromDirs.length && shared < toParts.length - 1 && fromDirs[shared] === toParts[shared]) {
    shared++;
  }
  const ups = fromDirs.length - shared;
  const rest = toParts.slice(shared).join('/');
  const href = '../'.repeat(ups) + rest;
  // An empty target ("this folder") must still be a link: "./".
  return href === '' ? './' : href;
}
