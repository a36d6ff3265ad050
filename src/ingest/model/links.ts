/**
 * Links: 856 $u with $y (link text) or $3 (materials specified). Only http and https URLs
 * reach the site: a "javascript:" or "file:" URL in a record would run or leak in a reader's browser.
 */
import { dataFields, subfieldValues, type MarcRecord } from '../marc/marc-record.ts';
import { modelProblem, type ModelProblem, type WithProblems } from './model-problem.ts';

export interface Link {
  url: string;
  text?: string;
}

export function extractLinks(record: MarcRecord): WithProblems<Link[]> {
  const links: Link[] = [];
  const problems: ModelProblem[] = [];
  for (const field of dataFields(record, '856')) {
    const text = [...subfieldValues(field, 'y'), ...subfieldValues(field, '3')].map((t) => t.trim()).find(Boolean);
    for (const raw of subfieldValues(field, 'u')) {
      const url = safeUrl(raw);
      if (url === undefined) {
        problems.push(modelProblem('model.unsafe-link', '856', { url: raw.trim() }));
        continue;
      }
      if (links.some((link) => link.url === url)) continue;
      links.push(text ? { url, text } : { url });
    }
  }
  return { value: links, problems };
}

/** The URL in its normalised form when it is a well-formed http(s) URL, else undefined. */
export function safeUrl(raw: string): string | undefined {
  if (!URL.canParse(raw.trim())) return undefined;
  const url = new URL(raw.trim());
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
