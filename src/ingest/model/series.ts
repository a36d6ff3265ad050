/**
 * Series: 490 (the series as it appears on the item, $a ; $v) and 800/810/811/830 (the
 * controlled form), with their 880 forms. Both are kept: readers search either.
 */
import { dataFields, subfieldValues, type DataField, type MarcRecord } from '../marc/marc-record.ts';
import { effectiveTag, linkedParallel, unpairedParallels } from './linkage.ts';
import { joinStripped, unique } from './text.ts';

const seriesTags = ['490', '800', '810', '811', '830'] as const;

// 8XX: name and title parts and volume; not $x (ISSN, shown elsewhere), $0-$8 control subfields.
const codesByTag: Record<string, string> = { '490': 'av', '800': 'abcdtnpv', '810': 'abtnpv', '811': 'aentpv', '830': 'anpv' };

export function extractSeries(record: MarcRecord): string[] {
  const fields = seriesTags.flatMap((tag) => dataFields(record, tag));
  return unique([
    ...fields.flatMap((field) => [seriesText(field, field.tag), seriesText(linkedParallel(record, field), field.tag)]),
    ...unpairedParallels(record, seriesTags).map((field) => seriesText(field, effectiveTag(field))),
  ]);
}

function seriesText(field: DataField | undefined, tag: string): string | undefined {
  return field && joinStripped(subfieldValues(field, codesByTag[tag] ?? 'av'));
}
