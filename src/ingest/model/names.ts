/**
 * Names: 100/110/111 (the main entry, role "author" unless a relator says otherwise) and
 * 700/710/711 (role "contributor" unless a relator says more), each with its 880 form in the
 * other script, plus unlinked 880s standing for one of these tags.
 */
import type { Name } from '../../shared/catalog-schema.ts';
import { dataFields, subfieldValues, type DataField, type MarcRecord } from '../marc/marc-record.ts';
import { effectiveTag, linkedParallel, unpairedParallels } from './linkage.ts';
import { roleFromRelators } from './relator.ts';
import { joinStripped, stripIsbd } from './text.ts';
import { withoutEmpty } from './without-empty.ts';

const nameTags = ['100', '110', '111', '700', '710', '711'] as const;

const kindByLastDigits: Record<string, Name['kind']> = { '00': 'person', '10': 'corporate', '11': 'meeting' };

export function extractNames(record: MarcRecord): Name[] {
  const regular = nameTags.flatMap((tag) =>
    dataFields(record, tag).map((field) => nameFrom(field, linkedParallel(record, field))));
  const unlinked = unpairedParallels(record, nameTags).map((field) => nameFrom(field, undefined));
  return [...regular, ...unlinked];
}

function nameFrom(field: DataField, parallelField: DataField | undefined): Name {
  const tag = effectiveTag(field);
  const kind = kindByLastDigits[tag.slice(1)] ?? 'person';
  // Meetings carry the relator term in $j ($e is a subordinate unit there).
  const terms = subfieldValues(field, kind === 'meeting' ? 'j' : 'e').map(stripIsbd).filter(Boolean);
  const codes = subfieldValues(field, '4');
  return withoutEmpty<Name>({
    name: nameText(field, kind),
    dates: joinStripped(subfieldValues(field, kind === 'meeting' ? 'ndc' : 'cd')),
    role: roleFromRelators(terms, codes, tag.startsWith('1') ? 'author' : 'contributor'),
    relator: [...terms, ...codes].join(', '),
    parallel: parallelField && nameText(parallelField, kind),
    kind,
  });
}

/** Person: $a $b (numeration); corporate: $a and its subordinate units $b; meeting: $a $e (subordinate unit). */
function nameText(field: DataField, kind: Name['kind']): string {
  return joinStripped(subfieldValues(field, kind === 'meeting' ? 'ae' : 'ab')) ?? '';
}
