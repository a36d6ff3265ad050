/**
 * Pagefind matches each query word as a prefix and silently drops a word that matches
 * nothing ("نظرات xyzqq" finds نظرات). Readers expect every word to count, so the engine
 * searches each key on its own and keeps only the records every key found.
 */

/**
 * The ids that every per-key result list contains, in the order of `ranked` (the engine's
 * ranking for the whole query), followed by any the ranking missed, in first-key order.
 * @example allKeysMatch(['b', 'a'], [['a', 'b', 'c'], ['b', 'a']]) // ['b', 'a']
 */
export function allKeysMatch(ranked: readonly string[], perKey: readonly (readonly string[])[]): string[] {
  if (perKey.length === 0) return [];
  const [first, ...rest] = perKey;
  const restSets = rest.map((ids) => new Set(ids));
  const inAll = new Set(first.filter((id) => restSets.every((set) => set.has(id))));
  // Each id taken out of inAll as it is placed: a list may hold an id twice (a key's words' results together).
  const ordered = ranked.filter((id) => inAll.delete(id));
  for (const id of first) if (inAll.delete(id)) ordered.push(id);
  return ordered;
}
