/**
 * Which libraries a pull request touches, from the paths it changes under content/.
 * Each library folder is validated on its own; anything else under content/ (the id
 * registry, the templates, a file directly in libraries/) is for a maintainer to review.
 */

export interface ChangedContent {
  /** Library codes whose folder content/libraries/<code>/ has a changed file, sorted. */
  libraryCodes: string[];
  /** Changed paths under content/ that belong to no library folder. */
  needsMaintainer: string[];
}

const libraryPath = /^content\/libraries\/([^/]+)\/.+$/;

/**
 * @example groupChangedPaths(['content/libraries/squ-main/a.mrc', 'content/registry/union-ids.tsv'])
 *   // { libraryCodes: ['squ-main'], needsMaintainer: ['content/registry/union-ids.tsv'] }
 */
export function groupChangedPaths(paths: string[]): ChangedContent {
  const codes = new Set<string>();
  const needsMaintainer: string[] = [];
  for (const path of paths) {
    const match = libraryPath.exec(path);
    if (match) codes.add(match[1]);
    else if (path.startsWith('content/')) needsMaintainer.push(path);
  }
  return { libraryCodes: [...codes].sort(), needsMaintainer: needsMaintainer.sort() };
}
