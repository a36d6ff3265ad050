/**
 * Place, publisher and date: 264 with indicator 2 = 1 (publication, RDA), else 260 (AACR2),
 * else any 264 (production, distribution, copyright) so an old or unusual record still has a date.
 */
import type { Publication } from '../../shared/catalog-schema.ts';
import { controlField, dataFields, subfieldValues, type DataField, type MarcRecord } from '../marc/marc-record.ts';
import { modelProblem, type WithProblems } from './model-problem.ts';
import { parsePublicationDate } from './publication-dates.ts';
import { stripIsbd, unique } from './text.ts';
import { withoutEmpty } from './without-empty.ts';

export function extractPublication(record: MarcRecord): WithProblems<Publication> {
  const field = publicationField(record);
  const dateText = field && joinRepeated(subfieldValues(field, 'c'));
  const years = parsePublicationDate(dateText, controlField(record, '008'));
  const publication = withoutEmpty<Publication>({
    place: field && joinRepeated(subfieldValues(field, 'a')),
    publisher: field && joinRepeated(subfieldValues(field, 'b')),
    dateText,
    gregorianYear: years.gregorianYear,
    hijriYear: years.hijriYear,
  });
  const unparsed = publication.dateText !== undefined && !saysNoDate(publication.dateText)
    && years.gregorianYear === undefined && years.hijriYear === undefined;
  return {
    value: publication,
    problems: unparsed ? [modelProblem('model.unparsed-date', field?.tag, { date: publication.dateText ?? '' })] : [],
  };
}

// "[د.ت.]" (دون تاريخ), "[s.d.]", "[n.d.]", "s.a.": the cataloguer already says there is no date.
function saysNoDate(dateText: string): boolean {
  return /د\.?\s?ت|\b[sn]\.\s?[da]\./iu.test(dateText);
}

function publicationField(record: MarcRecord): DataField | undefined {
  const rda = dataFields(record, '264');
  return rda.find((f) => f.ind2 === '1') ?? dataFields(record, '260')[0] ?? rda[0];
}

/** Repeated $a (two places) or $b (two publishers) as catalogued, " ; " between them. */
function joinRepeated(values: string[]): string | undefined {
  const parts = unique(values.map(stripIsbd));
  return parts.length === 0 ? undefined : parts.join(' ; ');
}
