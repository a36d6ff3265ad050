/**
 * URLs that come from data (856, library websites) are untrusted: only http(s) becomes a link.
 */

/**
 * The URL when it is a well-formed http(s) URL, otherwise undefined (shown as text, never linked).
 * @example httpUrl('javascript:alert(1)') // undefined
 */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The deep link to a record in a library's own OPAC, from its profile's template and the
 * member record's 001. The control number is URL-encoded: 001 values carry spaces and slashes.
 * @example opacUrl('https://opac.example.om/rec?id={controlNumber}', 'ab 12') // "https://opac.example.om/rec?id=ab%2012"
 */
export function opacUrl(template: string | undefined, controlNumber: string | undefined): string | undefined {
  if (!template || !controlNumber?.trim()) return undefined;
  return httpUrl(template.replace('{controlNumber}', encodeURIComponent(controlNumber.trim())));
}
