/**
 * One library's MARC record of one edition, in that library's habits, with its holdings
 * (852, or one Koha 952 per item).
 */
import type { DataField, MarcField, MarcRecord } from '../../src/ingest/marc/marc-record.ts';
import type { BenchLibrary } from './consortium-libraries.ts';
import { drawSlips, habitsOf, respell, type LibraryHabits } from './cataloguing-variants.ts';
import type { Edition, Person } from './editions.ts';
import { hyphenated, isbn10 } from './isbn.ts';
import type { Draw } from '../shared/seeded-random.ts';

export function libraryRecord(edition: Edition, library: BenchLibrary, sequence: number, draw: Draw): MarcRecord {
  const habits = habitsOf(library);
  const slips = drawSlips(draw, habits);
  const text = (value: string) => (edition.script === 'arabic' ? respell(value, slips) : value);
  const imprintTag = habits.imprintTag === 'mixed' ? (draw.chance(0.5) ? '260' : '264') : habits.imprintTag;
  const end = (value: string | undefined, mark: string) => (value === undefined ? undefined : habits.isbd ? `${value}${mark}` : value);
  const [author, ...coAuthors] = edition.authors;
  const direct = draw.chance(habits.directNames);
  const fields: MarcField[] = [
    // 001 + 003 is a system number: unique per library, or the merge would rightly join two libraries' records.
    { tag: '001', value: `${library.code.slice(0, 3).toUpperCase()}${String(library.rank + 1).padStart(2, '0')}${String(sequence).padStart(8, '0')}` },
    { tag: '003', value: `Om${library.code.replace(/-/g, '')}` },
    { tag: '005', value: '20240101000000.0' },
    { tag: '008', value: fixedField(edition, sequence) },
    ...isbnField(edition, habits, draw),
    field('040', '  ', [['a', 'OmMuNL'], ['b', edition.language === 'ara' ? 'ara' : 'eng'], ['e', imprintTag === '264' ? 'rda' : undefined]]),
    field('082', '04', [['a', edition.dewey], ['2', '23']]),
    ...(author ? [nameField('100', author, direct, edition.script, text, end)] : []),
    field('245', `${author ? 1 : 0}0`, [
      ['a', end(text(edition.title), edition.subtitle ? ' :' : edition.volume ? '.' : ' /')],
      ['b', end(edition.subtitle && text(edition.subtitle), ' /')],
      ['n', edition.volume ? (edition.script === 'arabic' ? `ج. ${edition.volume}` : `v. ${edition.volume}`) : undefined],
      ['c', author ? end(text(author.direct), '.') : undefined],
    ]),
    ...(edition.editionNumber ? [field('250', '  ', [['a', edition.script === 'arabic' ? `ط. ${edition.editionNumber}` : `${edition.editionNumber}th ed.`]])] : []),
    field(imprintTag, imprintTag === '264' ? ' 1' : '  ', [
      ['a', end(text(edition.place), ' :')], ['b', end(text(edition.publisher), '،')], ['c', end(dateText(edition, habits), '.')],
    ]),
    field('300', '  ', [['a', edition.script === 'arabic' ? `${edition.pages} ص.` : `${edition.pages} p.`], ['c', '24 سم']]),
    ...(edition.series ? [field('490', '0 ', [['a', text(edition.series)]])] : []),
    ...edition.subjects.map((subject) => field('650', ' 4', [['a', text(subject)]])),
    ...coAuthors.map((person) => nameField('700', person, direct, edition.script, text, end)),
    ...holdingsFields(edition, library, sequence, draw),
  ];
  return { leader: `00000nam a2200000${habits.isbd ? ' ' : '7'}${imprintTag === '264' ? 'i' : 'a'} 4500`, fields };
}

function field(tag: string, indicators: string, subfields: Array<[string, string | undefined]>): DataField {
  return {
    tag, ind1: indicators[0], ind2: indicators[1],
    subfields: subfields.filter((s): s is [string, string] => s[1] !== undefined && s[1] !== '').map(([code, value]) => ({ code, value })),
  };
}

function nameField(tag: string, person: Person, direct: boolean, script: Edition['script'], text: (s: string) => string, end: (v: string | undefined, m: string) => string | undefined): DataField {
  const name = direct && script === 'arabic' ? person.direct : person.inverted;
  return field(tag, `${name.includes('،') || name.includes(',') ? 1 : 0} `, [
    ['a', end(text(name), person.dates ? (script === 'arabic' ? '،' : ',') : '.')], ['d', person.dates],
  ]);
}

function isbnField(edition: Edition, habits: LibraryHabits, draw: Draw): DataField[] {
  if (!edition.isbn || draw.chance(habits.isbnMissing)) return [];
  const forms = { plain13: edition.isbn, hyphen13: hyphenated(edition.isbn), isbn10: isbn10(edition.isbn), qualified: `${edition.isbn} (ردمك)` };
  return [field('020', '  ', [['a', forms[habits.isbnForm]]])];
}

function dateText(edition: Edition, habits: LibraryHabits): string {
  if (!habits.hijriDates || edition.script !== 'arabic') return String(edition.year);
  const hijri = Math.round((edition.year - 622) * (33 / 32));
  return `${hijri}هـ/${edition.year}م`;
}

function fixedField(edition: Edition, sequence: number): string {
  const entered = `${String(10 + (sequence % 14)).padStart(2, '0')}0${1 + (sequence % 9)}1${sequence % 10}`;
  const place = edition.script === 'arabic' ? 'mk ' : 'enk';
  return `${entered}s${edition.year}    ${place}${' '.repeat(17)}${edition.language} d`;
}

function holdingsFields(edition: Edition, library: BenchLibrary, sequence: number, draw: Draw): DataField[] {
  const callNumber = `${edition.dewey} ${edition.title.charAt(0)}`;
  const barcode = (item: number) => `${library.rank + 1}${String(sequence * 4 + item).padStart(9, '0')}`;
  if (library.format === 'koha-952') {
    const items = draw.chance(0.15) ? 2 + draw.below(3) : 1;
    return Array.from({ length: items }, (_, item) => field('952', '  ', [
      ['a', item % 2 ? 'BR2' : 'MAIN'], ['b', item % 2 ? 'BR2' : 'MAIN'], ['c', draw.pick(['GEN', 'REF', 'OMAN'])],
      ['o', callNumber], ['p', barcode(item)], ['y', 'BK'], ['7', '0'],
    ]));
  }
  return [field('852', '  ', [['a', library.code], ['b', library.name.ar], ['h', callNumber], ['p', barcode(0)], ['t', draw.chance(0.1) ? '2' : undefined]])];
}
