/**
 * `text` with its {name} placeholders filled from `params`; unknown names stay as written.
 * Numbers are written with Latin digits in both languages, as Omani catalogues do.
 * @example fillPlaceholders('Results: {count}', { count: 3 }) // "Results: 3"
 */
export function fillPlaceholders(text: string, params?: Record<string, string | number>): string {
  // Most strings have no placeholder: a record page calls t() hundreds of times, and the
  // regular expression was 7% of rendering one.
  if (params === undefined || !text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
