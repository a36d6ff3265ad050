/**
 * The one error the fihris engine throws: an index file could not be read. The search page shows
 * it with a retry button; a retry downloads the file again (failed downloads are not cached).
 * Never a silent empty result: a missing dictionary chunk would otherwise look like "no match".
 */
export type FihrisIndexErrorKind = 'missing' | 'corrupt' | 'network';

export class FihrisIndexError extends Error {
  readonly kind: FihrisIndexErrorKind;
  /** The index file, relative to the index base URL. */
  readonly file: string;
  readonly retryable = true;

  constructor(kind: FihrisIndexErrorKind, file: string, detail: string) {
    super(`The search index file ${file} is ${kind === 'missing' ? 'missing' : kind === 'corrupt' ? 'damaged' : 'unreachable'} (${detail}). Try again; if it persists, the site needs rebuilding.`);
    this.name = 'FihrisIndexError';
    this.kind = kind;
    this.file = file;
  }
}
