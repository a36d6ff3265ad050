/**
 * Interlibrary-loan requests: a mail to the holding library's ILL address with the
 * citation prefilled, or its own request form. Every part of the mailto URL is encoded,
 * so no title can add a recipient or a header.
 */
import type { Holding } from '../shared/catalog-schema.ts';
import type { Lang } from '../shared/i18n/strings.ts';
import { t } from '../shared/i18n/strings.ts';
import type { SiteLibrary } from './site-library.ts';
import { httpUrl } from './safe-url.ts';

export interface IllRequest {
  /** mailto: URL with subject and body, when the library gives an ILL email. */
  mailto?: string;
  /** The library's own request form (http(s) only). */
  formUrl?: string;
}

export interface IllInputs {
  lang: Lang;
  library: SiteLibrary;
  holdings: Holding[];
  citation: string;
  recordId: string;
  /** Absolute URL of the record page, when the site URL is known. */
  pageUrl?: string;
}

export function illRequest({ lang, library, holdings, citation, recordId, pageUrl }: IllInputs): IllRequest {
  const email = library.interlibraryLoan.email;
  const callNumbers = [...new Set(holdings.flatMap((h) => (h.callNumber ? [h.callNumber] : [])))];
  const body = [
    t(lang, 'ill.mailGreeting', { library: library.name[lang] }),
    '',
    citation,
    callNumbers.length ? `${t(lang, 'holdings.callNumber')}: ${callNumbers.join(' ; ')}` : undefined,
    `${t(lang, 'ill.recordId')}: ${recordId}`,
    pageUrl,
    '',
    t(lang, 'ill.mailReader'),
  ].filter((line) => line !== undefined).join('\r\n');
  const mailto = email && /^[^\s@?&#]+@[^\s@?&#]+$/.test(email)
    ? `mailto:${email}?subject=${encodeURIComponent(t(lang, 'ill.mailSubject', { citation: citation.slice(0, 120) }))}&body=${encodeURIComponent(body)}`
    : undefined;
  return { mailto, formUrl: httpUrl(library.interlibraryLoan.formUrl) };
}
