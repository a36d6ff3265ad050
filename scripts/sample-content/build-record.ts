/**
 * One library's bibliographic record for one edition, catalogued in that library's style.
 * Holdings are added separately (holdings-fields.ts); damage, if any, later still.
 */
import type { DataField, MarcField, MarcRecord } from '../../src/ingest/marc/marc-record.ts';
import type { CataloguingStyle } from './cataloguing-style.ts';
import { arabicDateText, latinDateText } from './dates.ts';
import type { Edition } from './editions.ts';
import { control, data, isbd } from './field-builders.ts';
import { isbnFields } from './isbn-fields.ts';
import { people, type PersonId } from './people.ts';
import { publishers } from './publishers.ts';
import type { Draw } from '../shared/seeded-random.ts';
import { respell, type SpellingChoices } from './spelling.ts';
import { editionStatement, extent, relatorTerm, responsibilityStatement, volumeDesignation } from './statements.ts';
import { fixedField008 } from './fixed-field-008.ts';

export interface RecordContext {
  edition: Edition;
  style: CataloguingStyle;
  /** 1-based position of the record in the library's catalogue. */
  sequence: number;
  draw: Draw;
}

export function buildRecord(context: RecordContext): MarcRecord {
  const { edition, style, sequence, draw } = context;
  const spelling: SpellingChoices = {
    dropHamza: draw.chance(style.dropHamza),
    haaForTaa: draw.chance(style.haaForTaa),
    yaaForAlefMaqsura: draw.chance(style.yaaForAlefMaqsura),
    tashkeel: draw.chance(style.tashkeel),
  };
  const text = (value: string) => respell(value, { ...spelling, tashkeel: false });
  const titleText = (value: string) => respell(value, spelling);
  const imprintTag = style.imprint === 'mixed' ? draw.pick(['260', '264']) : style.imprint;
  const fields: MarcField[] = [
    control('001', style.controlNumber(sequence)),
    control('003', style.orgCode),
    control('008', fixedField008(edition, style, sequence)),
    ...isbnFields(edition, style, draw),
    data('040', '  ', [['a', style.orgCode], ['b', edition.language === 'ara' ? 'ara' : 'eng'], ['c', style.orgCode], ['e', imprintTag === '264' ? 'rda' : undefined]]),
    ...languageFields(edition, style),
    data('082', '04', [['a', edition.dewey], ['2', '23']]),
    ...mainEntry(edition, style, draw, text),
    titleField(edition, style, draw, titleText),
    ...variantTitle(edition),
    ...editionField(edition, style),
    imprintField(edition, style, draw, imprintTag, text),
    physicalDescription(edition, style),
    ...seriesField(edition, style, text),
    ...subjectFields(edition, text),
    ...addedEntries(edition, style, draw, text),
  ];
  const leader = `00000nam a2200000${style.isbd ? ' ' : '7'}${imprintTag === '264' ? 'i' : 'a'} 4500`;
  return { leader, fields: style.parallel880 ? withRomanParallels(fields, edition) : fields };
}

function languageFields(edition: Edition, style: CataloguingStyle): DataField[] {
  if (edition.translatedFrom) return [data('041', '1 ', [['a', edition.language], ['h', edition.translatedFrom]])];
  return style.always041 ? [data('041', '0 ', [['a', edition.language]])] : [];
}

function personHeading(id: PersonId, direct: boolean): { ind1: string; name: string } {
  const person = people[id];
  const useDirect = direct && /[\u0600-\u06FF]/.test(person.direct);
  const name = useDirect ? person.direct : person.inverted;
  return { ind1: name.includes('،') || name.includes(',') ? '1' : '0', name };
}

function nameField(tag: string, id: PersonId, style: CataloguingStyle, direct: boolean, text: (s: string) => string, relator?: string): DataField {
  const { ind1, name } = personHeading(id, direct);
  const dates = people[id].dates;
  const comma = style.isbd ? (/[\u0600-\u06FF]/.test(name) ? '،' : ',') : '';
  const relatorComma = /[\u0600-\u06FF]/.test(name) ? '،' : ',';
  const nameText = dates ? `${text(name)}${comma}` : isbd(text(name), relator ? relatorComma : '.', style.isbd);
  const datesText = dates && relator ? isbd(dates, relatorComma, style.isbd) : isbd(dates, '.', style.isbd);
  return data(tag, `${ind1} `, [['a', nameText], ['d', datesText], ['e', relator]]);
}

function mainEntry(edition: Edition, style: CataloguingStyle, draw: Draw, text: (s: string) => string): DataField[] {
  const first = edition.authors?.[0];
  return first ? [nameField('100', first, style, draw.chance(style.directNames), text)] : [];
}

function titleField(edition: Edition, style: CataloguingStyle, draw: Draw, text: (s: string) => string): DataField {
  const subtitle = edition.subtitle && draw.chance(style.keepSubtitle) ? text(edition.subtitle) : undefined;
  let title = text(edition.title);
  if (draw.chance(style.sloppySpacing)) title = title.replace(' ', '  ');
  const volume = volumeDesignation(edition, style.editionWords);
  const responsibility = responsibilityStatement(edition);
  const nonFiling = /^(The |Les |Le |A |L')/.exec(edition.title)?.[0].length ?? 0;
  const afterTitle = subtitle ? ' :' : volume ? '.' : responsibility ? ' /' : '.';
  const afterSubtitle = volume ? '.' : responsibility ? ' /' : '.';
  const volumeName = edition.volume?.name ? text(edition.volume.name) : undefined;
  const afterVolume = volumeName ? ',' : responsibility ? ' /' : '.';
  return data('245', `${edition.authors?.length ? '1' : '0'}${nonFiling}`, [
    ['a', isbd(title, afterTitle, style.isbd)],
    ['b', isbd(subtitle, afterSubtitle, style.isbd)],
    ['n', isbd(volume, afterVolume, style.isbd)],
    ['p', isbd(volumeName, responsibility ? ' /' : '.', style.isbd)],
    ['c', isbd(responsibility && text(responsibility), '.', style.isbd)],
  ]);
}

function variantTitle(edition: Edition): DataField[] {
  return edition.variantTitle ? [data('246', '3 ', [['a', edition.variantTitle]])] : [];
}

function editionField(edition: Edition, style: CataloguingStyle): DataField[] {
  const statement = editionStatement(edition, style.editionWords);
  return statement ? [data('250', '  ', [['a', statement]])] : [];
}

function imprintField(edition: Edition, style: CataloguingStyle, draw: Draw, tag: string, text: (s: string) => string): DataField {
  const publisher = publishers[edition.publisher];
  const date = edition.language === 'ara'
    ? arabicDateText(edition.year, draw.pick(style.dates), edition.yearGuessed)
    : latinDateText(edition.year, edition.yearGuessed);
  return data(tag, tag === '264' ? ' 1' : '  ', [
    ['a', isbd(text(publisher.place), ' :', style.isbd)],
    ['b', isbd(text(publisher.name), publisher.name.match(/[\u0600-\u06FF]/) ? '،' : ',', style.isbd)],
    ['c', isbd(date, '.', style.isbd)],
  ]);
}

function physicalDescription(edition: Edition, style: CataloguingStyle): DataField {
  const { pages, size } = extent(edition);
  return data('300', '  ', [['a', style.isbd ? `${pages} ;` : pages], ['c', size]]);
}

function seriesField(edition: Edition, style: CataloguingStyle, text: (s: string) => string): DataField[] {
  return edition.series ? [data('490', '0 ', [['a', isbd(text(edition.series), '', style.isbd)]])] : [];
}

function subjectFields(edition: Edition, text: (s: string) => string): DataField[] {
  const ind2 = edition.language === 'eng' ? '0' : edition.language === 'fre' ? '7' : '4';
  return edition.subjects.map((heading) => {
    const [main, ...subdivisions] = heading.split(' -- ');
    return data('650', ` ${ind2}`, [
      ['a', text(main)],
      ...subdivisions.map((s): [string, string] => ['x', text(s)]),
      ['2', edition.language === 'fre' ? 'rameau' : undefined],
    ]);
  });
}

function addedEntries(edition: Edition, style: CataloguingStyle, draw: Draw, text: (s: string) => string): DataField[] {
  const direct = draw.chance(style.directNames);
  const coAuthors = (edition.authors ?? []).slice(1).map((id) => nameField('700', id, style, direct, text));
  const contributors = (edition.contributors ?? []).map(([id, role]) =>
    nameField('700', id, style, direct, text, isbd(relatorTerm(role, edition.language), '.', style.isbd)));
  return [...coAuthors, ...contributors];
}

/** The big library pairs 245 and 100 with their romanised forms in 880, linked by $6. */
function withRomanParallels(fields: MarcField[], edition: Edition): MarcField[] {
  const out: MarcField[] = [];
  const parallels: DataField[] = [];
  const author = edition.authors?.[0] ? people[edition.authors[0]] : undefined;
  for (const field of fields) {
    const roman = field.tag === '245' ? edition.titleRoman : field.tag === '100' ? author?.roman : undefined;
    if (!roman || !('subfields' in field)) { out.push(field); continue; }
    const occurrence = String(parallels.length + 1).padStart(2, '0');
    out.push({ ...field, subfields: [{ code: '6', value: `880-${occurrence}` }, ...field.subfields] });
    const rest = field.tag === '100' ? field.subfields.filter((s) => s.code === 'd') : [];
    parallels.push({ tag: '880', ind1: field.ind1, ind2: field.ind2, subfields: [
      { code: '6', value: `${field.tag}-${occurrence}` }, { code: 'a', value: rest.length ? `${roman},` : roman }, ...rest,
    ] });
  }
  return [...out, ...parallels];
}
