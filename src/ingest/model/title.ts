/**
 * The title: 245 (with its 880 in the other script), 246 variant titles and their 880s.
 */
import type { Title } from '../../shared/catalog-schema.ts';
import { dataFields, subfieldValues, type DataField, type MarcRecord } from '../marc/marc-record.ts';
import { linkedParallel, unpairedParallels } from './linkage.ts';
import { modelProblem, type WithProblems } from './model-problem.ts';
import { joinStripped, stripIsbd, unique } from './text.ts';
import { withoutEmpty } from './without-empty.ts';

export function extractTitle(record: MarcRecord): WithProblems<Title> {
  const main = dataFields(record, '245')[0];
  const parallelField = main && linkedParallel(record, main);
  const unlinked245 = unpairedParallels(record, ['245']).map(fullTitle);
  const variants = unique([
    parallelField && fullTitle(parallelField),
    ...unlinked245,
    ...variantTitles(record),
  ]);
  if (!main) {
    // No 245: fall back on whatever title the record has, so the record can still be found.
    return {
      value: { proper: variants[0] ?? '', variants },
      problems: [modelProblem('model.missing-title', '245')],
    };
  }
  const value = withoutEmpty<Title>({
    proper: stripIsbd(subfieldValues(main, 'a').join(' ')),
    remainder: joinStripped(subfieldValues(main, 'b')),
    partNumber: joinStripped(subfieldValues(main, 'n')),
    partName: joinStripped(subfieldValues(main, 'p')),
    responsibility: joinStripped(subfieldValues(main, 'c')),
    parallel: parallelField && fullTitle(parallelField),
    variants,
  });
  return { value, problems: [] };
}

/** Title proper and remainder ($a $b $n $p) as one display string, e.g. "قضاء الأسرة : مجلة متخصصة". */
function fullTitle(field: DataField): string {
  return joinStripped(subfieldValues(field, 'abnp')) ?? '';
}

/** 246 $a $b $n $p, each with its 880, and unlinked 880s standing for 246. */
function variantTitles(record: MarcRecord): string[] {
  const regular = dataFields(record, '246').flatMap((field) => {
    const parallel = linkedParallel(record, field);
    return parallel ? [fullTitle(field), fullTitle(parallel)] : [fullTitle(field)];
  });
  return [...regular, ...unpairedParallels(record, ['246']).map(fullTitle)];
}

/**
 * The title as it files: 245 $a without the non-filing characters counted by indicator 2
 * (an initial article such as "The "), lower-cased, leading brackets and quotes dropped.
 * @example sortKey(field245('14', 'The Arabs')) === 'arabs'
 */
export function sortKey(field: DataField): string {
  const proper = stripIsbd(subfieldValues(field, 'a').join(' '));
  const skip = /^[0-9]$/.test(field.ind2) ? Number(field.ind2) : 0;
  const filed = skip < proper.length ? proper.slice(skip) : proper;
  return filed.replace(/^[\s"'«“‘[(]+/u, '').toLowerCase();
}
