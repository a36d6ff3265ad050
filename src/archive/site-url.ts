/**
 * The public address of the site root, needed wherever a file must carry absolute URLs
 * (sitemaps, OAI identifiers and baseURL). Configuration, so a bad value throws at once.
 */

/** "https://example.org/fihris" → "https://example.org/fihris/": page paths are appended to it. */
export function normaliseSiteUrl(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`--site must be an absolute http(s) URL such as https://catalogue.example.om/, not "${siteUrl}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`--site must be an http(s) URL, not "${siteUrl}".`);
  }
  if (url.search || url.hash) throw new Error(`--site must be the site's root address without ?query or #fragment, not "${siteUrl}".`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * A page path relative to the site root as an absolute URL; index.html becomes its folder.
 * @example absoluteUrl('https://x.om/f/', 'en/index.html') // "https://x.om/f/en/"
 */
export function absoluteUrl(siteUrl: string, pagePath: string): string {
  const path = pagePath === 'index.html' ? '' : pagePath.replace(/(^|\/)index\.html$/, '$1');
  return `${siteUrl}${path.split('/').map(encodeURIComponent).join('/')}`;
}
