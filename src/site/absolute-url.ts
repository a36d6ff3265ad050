/**
 * Absolute URLs for the few places that need them (canonical, Open Graph, hreflang,
 * JSON-LD), from the site URL the build was given. Without one, callers omit those tags.
 */

/**
 * @example absolutePageUrl('https://x.om/f/', 'en/r/ab.html') // "https://x.om/f/en/r/ab.html"
 * @example absolutePageUrl('https://x.om/f/', 'en/index.html') // "https://x.om/f/en/"
 */
export function absolutePageUrl(siteUrl: string, pagePath: string): string {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const path = pagePath.replace(/(^|\/)index\.html$/, '$1');
  return `${root}${path.split('/').map(encodeURIComponent).join('/')}`;
}
