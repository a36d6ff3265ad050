/**
 * 020 fields as each library records them: hyphens or not, ISBN-10 or -13, "(ردمك)"
 * typed after the number, sometimes not recorded at all; volumes of a set sometimes
 * carry the set's ISBN instead of their own (a trap for matching by ISBN).
 */
import type { DataField } from '../../src/ingest/marc/marc-record.ts';
import type { CataloguingStyle, IsbnForm } from './cataloguing-style.ts';
import type { Edition } from './editions.ts';
import { data } from './field-builders.ts';
import { sampleIsbn, type SampleIsbn } from './isbn.ts';
import { publishers } from './publishers.ts';
import type { Draw } from '../shared/seeded-random.ts';

/** The ISBN printed in the book, or undefined when it has none. */
export function editionIsbn(edition: Edition): SampleIsbn | undefined {
  const prefix = publishers[edition.publisher].isbnPrefix;
  if (edition.isbn === false || !prefix) return undefined;
  return sampleIsbn(prefix, edition.key);
}

/** The ISBN of the whole set, for a volume catalogued on its own. */
export function setIsbn(edition: Edition): SampleIsbn | undefined {
  const prefix = publishers[edition.publisher].isbnPrefix;
  if (edition.isbn === false || !prefix || !edition.volume) return undefined;
  return sampleIsbn(prefix, `${edition.key.replace(/-v\d+$/, '')} set`);
}

export function isbnText(isbn: SampleIsbn, form: IsbnForm): string {
  switch (form) {
    case 'hyphen13': return isbn.hyphenated13;
    case 'plain13': return isbn.isbn13;
    case 'isbn10': return isbn.isbn10;
    case 'qualified': return `${isbn.isbn13} (ردمك)`;
  }
}

export function isbnFields(edition: Edition, style: CataloguingStyle, draw: Draw): DataField[] {
  const own = editionIsbn(edition);
  if (!own || draw.chance(style.isbnMissing)) return [];
  const form = draw.pick(style.isbnForms);
  const whole = setIsbn(edition);
  if (whole && style.setIsbnOnVolumes) return [data('020', '  ', [['a', isbnText(whole, form)]])];
  const fields = [data('020', '  ', [['a', isbnText(own, form)], ['q', edition.volume ? `${edition.language === 'ara' ? 'ج.' : 'v.'} ${edition.volume.number}` : undefined]])];
  if (style.bothIsbns) fields.push(data('020', '  ', [['a', own.isbn10]]));
  if (whole) fields.push(data('020', '  ', [['a', isbnText(whole, form)], ['q', edition.language === 'ara' ? 'للمجموعة' : 'set']]));
  return fields;
}
