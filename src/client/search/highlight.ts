/**
 * Marks the words of the ORIGINAL title that the query found. Each original word goes
 * through the indexer's own indexTerms(), and is marked when one of its terms is found by a
 * query key the way the index finds it: so what is marked is why the record matched.
 */
import { indexTerms } from '../../shared/text/arabic.ts';
import { termsMatchKey } from './search-key.ts';

export interface TitlePart {
  text: string;
  matched: boolean;
}

/**
 * The title cut into parts, matched words flagged; joining the texts gives the title back.
 * `keys` are the query's lookup keys, every run together (queryKeyRuns(query).flat()).
 * @example highlightTitle('تاريخ عُمان', ['عمان']) // [{text:'تاريخ ',matched:false},{text:'عُمان',matched:true}]
 */
export function highlightTitle(title: string, keys: readonly string[]): TitlePart[] {
  const parts: TitlePart[] = [];
  for (const chunk of title.split(/(\s+)/)) {
    if (chunk === '') continue;
    const matched = /\S/.test(chunk) && keys.length > 0 && keys.some((key) => termsMatchKey(indexTerms(chunk), key));
    const last = parts.at(-1);
    if (last && last.matched === matched) last.text += chunk;
    else parts.push({ text: chunk, matched });
  }
  return parts;
}
