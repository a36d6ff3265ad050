/**
 * Marks the words of the ORIGINAL title (or author) that the query found. Each original word goes
 * through the indexer's own indexTerms(), and is marked when one of its terms starts with a query
 * key, as Pagefind reads every key: so what is marked is why the record matched. The own index
 * reads the word still being typed more strictly (RunKey.typed), so there a title's سلطنة is also
 * marked in a record that سلطان found by another word; and an author's Latin word that the index
 * found by its skeleton alone (Khaldoun for khaldun, src/shared/search/field-terms.ts) is not
 * marked: marking it took the search island 40–110 bytes over its 17 KB budget (measured).
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
