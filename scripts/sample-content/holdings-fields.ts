/**
 * Holdings as each kind of system exports them: 852 (MARC holdings embedded in the
 * bibliographic record), 952 (Koha items, one field per copy), 949 (a legacy local field).
 */
import type { DataField } from '../../src/ingest/marc/marc-record.ts';
import type { Edition } from './editions.ts';
import { data } from './field-builders.ts';
import type { SampleLibrary } from './libraries.ts';
import { people } from './people.ts';
import type { Draw } from '../shared/seeded-random.ts';

const arabicLocations = ['الرفوف العامة', 'المراجع', 'قاعة الدراسات العمانية', 'الإعارة الخارجية'];
const kohaBranches = ['MAIN', 'MAIN', 'MAIN', 'MED', 'LAW'];
const kohaLocations = ['GEN', 'REF', 'OMAN'];

/** "953.53 س ع": Dewey number, then the first letters of the main entry and of the title. */
export function callNumber(edition: Edition): string {
  const entry = edition.authors?.[0] ? people[edition.authors[0]].inverted : edition.title;
  const initial = (s: string) => s.replace(/^(ال|al-|The |Le |Les |A |L')/, '').charAt(0);
  const cutter = edition.language === 'ara'
    ? `${initial(entry)} ${initial(edition.title)}`
    : `${entry.slice(0, 3).toUpperCase()}`;
  const volume = edition.volume ? (edition.language === 'ara' ? ` ج${edition.volume.number}` : ` v.${edition.volume.number}`) : '';
  return `${edition.dewey} ${cutter}${volume}`;
}

export function holdingsFields(edition: Edition, library: SampleLibrary, sequence: number, draw: Draw): DataField[] {
  const call = callNumber(edition);
  const barcode = (copy: number) => `${library.style.orgCode.slice(-3)}${String(sequence * 10 + copy).padStart(7, '0')}`;
  switch (library.holdingsTag) {
    case '952': {
      const items = 1 + (sequence % 3 === 0 ? (library.extraItems ?? 0) : 0);
      return Array.from({ length: items }, (_, i) => data('952', '  ', [
        ['0', '0'], ['1', '0'],
        ['7', edition.volumesInSet || edition.dewey.startsWith('492') ? '1' : '0'],
        ['a', kohaBranches[(sequence + i) % kohaBranches.length]],
        ['b', kohaBranches[(sequence + i) % kohaBranches.length]],
        ['c', draw.pick(kohaLocations)],
        ['d', `${2012 + (sequence % 10)}-0${1 + (i % 9)}-1${i % 10}`],
        ['o', call], ['p', barcode(i + 1)], ['y', 'BK'],
      ]));
    }
    case '949': {
      const copies = sequence % 5 === 0 ? 2 : 1;
      return [data('949', '  ', [['a', call], ['b', barcode(1)], ['c', String(copies)], ['l', 'المكتبة العامة']])];
    }
    case '852': {
      const copies = sequence % 6 === 0 ? 2 : 1;
      return [data('852', '  ', [
        ['a', library.style.orgCode], ['b', library.name.ar], ['c', draw.pick(arabicLocations)],
        ['h', call], ['p', barcode(1)], ['t', copies > 1 ? String(copies) : undefined],
      ])];
    }
  }
}
