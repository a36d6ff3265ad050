/**
 * The eight sample libraries: who they are (their library.yml), how they export, how they
 * catalogue, and which editions they hold. The catalogues are INVENTED; the books are real.
 * Web addresses use example.om so no real site is implied.
 */
import type { CataloguingStyle } from './cataloguing-style.ts';
import { editions } from './editions.ts';

export type DumpFormat =
  | 'iso2709-utf8'
  | 'iso2709-koha'
  | 'iso2709-marc8'
  | 'iso2709-windows-1256'
  | 'marcxml'
  | 'mrk'
  | 'marc-json'
  | 'csv';

/** A record the generator damages on purpose, so the rejection paths have something real. */
export type Defect = 'broken-directory' | 'invalid-isbn' | 'no-title';

export interface SampleLibrary {
  code: string;
  name: { ar: string; en: string };
  city: { ar: string; en: string };
  coordinates: { lat: number; lon: number };
  website: string;
  opacUrlTemplate: string;
  interlibraryLoan: { email?: string; formUrl?: string };
  format: DumpFormat;
  /** Dump file names; with two, the records are split in half (a large dump split in two). */
  files: string[];
  holdingsTag: '852' | '952' | '949';
  /** Items per record for Koha exports: 1 + this many extra for every third record. */
  extraItems?: number;
  style: CataloguingStyle;
  holds: string[];
  defects?: Record<string, Defect>;
}

const allKeys = editions.map((e) => e.key);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const libraries: SampleLibrary[] = [
  {
    code: 'squ-main',
    name: { ar: 'المكتبة الرئيسية بجامعة السلطان قابوس', en: 'Sultan Qaboos University Main Library' },
    city: { ar: 'مسقط', en: 'Muscat' },
    coordinates: { lat: 23.5900, lon: 58.1730 },
    website: 'https://squ-library.example.om/',
    opacUrlTemplate: 'https://opac.squ-library.example.om/cgi-bin/koha/opac-detail.pl?biblionumber={controlNumber}',
    interlibraryLoan: { email: 'ill@squ-library.example.om', formUrl: 'https://squ-library.example.om/ill-request' },
    format: 'iso2709-koha',
    files: ['koha-export-part1.mrc', 'koha-export-part2.mrc'],
    holdingsTag: '952',
    extraItems: 2,
    style: {
      orgCode: 'OmMuSQU', controlNumber: (n) => String(10230 + n * 7),
      directNames: 0, dropHamza: 0, haaForTaa: 0, yaaForAlefMaqsura: 0, tashkeel: 0, sloppySpacing: 0,
      imprint: '264', dates: ['hijri-slash', 'gregorian'], isbd: true, keepSubtitle: 1,
      isbnForms: ['plain13'], isbnMissing: 0, bothIsbns: true, editionWords: 'short',
      setIsbnOnVolumes: false, parallel880: true, always041: true, enteredFrom: 2012,
    },
    holds: allKeys.filter((key) => ![
      'oman-abr-2001-v1', 'isaf-1965', 'diwan-ibnshaikhan-1978', 'qamus-1983-v1', 'malaikat-1983',
      'shira-1981', 'kalila-1981', 'zuqaq-1972', 'liss-1961', 'rijal-1963', 'fiqh-sunna-1977',
      'lumaa-1995', 'ayyam-1971',
    ].includes(key)),
  },
  {
    code: 'unizwa',
    name: { ar: 'مكتبة جامعة نزوى', en: 'University of Nizwa Library' },
    city: { ar: 'نزوى', en: 'Nizwa' },
    coordinates: { lat: 22.8690, lon: 57.5330 },
    website: 'https://library.unizwa.example.om/',
    opacUrlTemplate: 'https://catalogue.unizwa.example.om/record/{controlNumber}',
    interlibraryLoan: { email: 'library.loans@unizwa.example.om' },
    format: 'marcxml',
    files: ['catalogue.xml'],
    holdingsTag: '852',
    style: {
      orgCode: 'OmNzUN', controlNumber: (n) => `UNZ${pad(200400 + n, 6)}`,
      directNames: 0.1, dropHamza: 0.35, haaForTaa: 0, yaaForAlefMaqsura: 0.2, tashkeel: 0, sloppySpacing: 0.1,
      imprint: '260', dates: ['hijri-comma', 'hijri-comma', 'gregorian'], isbd: true, keepSubtitle: 0.6,
      isbnForms: ['plain13', 'qualified'], isbnMissing: 0.15, bothIsbns: false, editionWords: 'long',
      setIsbnOnVolumes: false, parallel880: false, always041: false, enteredFrom: 2005,
    },
    holds: [
      'tuhfa-1997-v1', 'tuhfa-1997-v2', 'kashf-1985', 'tarikh-oman-kashf-1980', 'tarikh-oman-phillips-1981',
      'fath-1977', 'fath-1983', 'oman-abr-1986-v1', 'oman-abr-1986-v2', 'oman-abr-1986-v3', 'oman-abr-2001-v1',
      'isaf-1965', 'nahda-1961', 'qisas-1979', 'oman-fi-tarikh-1995', 'mawsua-2013-v1', 'mawsua-2013-v2',
      'ghubash-1997', 'jawhar-1993', 'lumaa-1995', 'mashariq-1989', 'musnad-rabi-1995', 'sharh-jami-1994-v1',
      'bayan-shar-1984-v1', 'bayan-shar-1984-v2', 'qamus-1983-v1', 'mujam-ibadi-2008-v1', 'mujam-ibadi-2008-v2',
      'diwan-bahlani-1987', 'diwan-sitali-1984', 'shaqaiq-1984-v1', 'shaqaiq-1984-v2', 'sayyidat-2010',
      'narinja-2016', 'taghriba-2021', 'dilshad-2021', 'muqaddima-2004-v1', 'muqaddima-2004-v2', 'lisan-1997-v1',
      'bayan-tabyin-1998', 'ghufran-1977', 'ain-hilal-1988-v1', 'ain-hilal-1988-v2', 'jamhara-1987-v1',
      'tabari-2001-v1', 'tabari-2001-v2', 'ibnkathir-1999-v1', 'muslim-1955', 'bukhari-2002', 'riyad-1998',
      'risala-1940', 'ihya-1982', 'fiqh-sunna-1983', 'rahiq-1996', 'battuta-1997-v1', 'buldan-1977-v1',
      'awlad-2006', 'ayyam-1992', 'mudun-1984-v1', 'madkhal-1999', 'fahrasa-1997', 'wilkinson-1987',
      'peterson-1978', 'valeri-2009', 'wehr-1979',
    ],
  },
  {
    code: 'sohar-public',
    name: { ar: 'مكتبة صحار العامة', en: 'Sohar Public Library' },
    city: { ar: 'صحار', en: 'Sohar' },
    coordinates: { lat: 24.3470, lon: 56.7090 },
    website: 'https://sohar-library.example.om/',
    opacUrlTemplate: 'https://sohar-library.example.om/opac/show?id={controlNumber}',
    interlibraryLoan: { formUrl: 'https://sohar-library.example.om/loans/request' },
    format: 'iso2709-utf8',
    files: ['sohar-catalogue.mrc'],
    holdingsTag: '852',
    style: {
      orgCode: 'OmShPL', controlNumber: (n) => `SPL-2019-${pad(n, 4)}`,
      directNames: 0.8, dropHamza: 0.8, haaForTaa: 0.3, yaaForAlefMaqsura: 0.6, tashkeel: 0, sloppySpacing: 0.25,
      imprint: '260', dates: ['gregorian'], isbd: false, keepSubtitle: 0.3,
      isbnForms: ['isbn10', 'hyphen13'], isbnMissing: 0.3, bothIsbns: false, editionWords: 'short',
      setIsbnOnVolumes: false, parallel880: false, always041: false, enteredFrom: 2019,
    },
    holds: [
      'tuhfa-1997-v1', 'tuhfa-1997-v2', 'tarikh-oman-kashf-1980', 'tarikh-oman-phillips-1981', 'fath-1983',
      'oman-abr-1986-v1', 'oman-abr-1986-v2', 'oman-abr-2001-v1', 'nahda-1961', 'qisas-1979', 'oman-fi-tarikh-1995',
      'mawsua-2013-v1', 'mawsua-2013-v2', 'mawsua-2013-v3', 'ghubash-1997', 'diwan-bahlani-1987',
      'diwan-ibnshaikhan-1978', 'sayyidat-2010', 'sayyidat-2019', 'narinja-2016', 'manazil-1993', 'shira-1981',
      'malaikat-1983', 'taghriba-2021', 'taghriba-2023', 'dilshad-2021', 'muqaddima-2004-v1', 'kamil-1965-v1',
      'lisan-1955-v1', 'lisan-1955-v2', 'bayan-tabyin-1998', 'bukhala-1976', 'tawq-2000', 'kalila-1981',
      'mutanabbi-1983', 'riyad-1998', 'fiqh-sunna-1977', 'rahiq-1996', 'ihya-1982', 'bukhari-2002', 'awlad-1962',
      'zuqaq-1972', 'liss-1961', 'bayn-qasrayn-1956', 'ayyam-1971', 'mawsim-1969', 'mudun-1984-v1',
      'mudun-1984-v2', 'mudun-1984-v3', 'rijal-1963', 'darwish-1994', 'madkhal-2006', 'mujam-maktabat-1988',
      'celestial-2018', 'oman-in-history-1995', 'sands-1984', 'hawley-1977', 'iqd-1983-v1', 'muruj-1973-v1',
      'jawhar-1993',
    ],
  },
  {
    code: 'mhc-library',
    name: { ar: 'مكتبة وزارة التراث والثقافة', en: 'Ministry of Heritage and Culture Library' },
    city: { ar: 'مسقط', en: 'Muscat' },
    coordinates: { lat: 23.6100, lon: 58.5930 },
    website: 'https://mhc-library.example.om/',
    opacUrlTemplate: 'https://mhc-library.example.om/catalogue/{controlNumber}',
    interlibraryLoan: { email: 'library@mhc.example.om' },
    format: 'iso2709-marc8',
    files: ['mhc-marc8.mrc'],
    holdingsTag: '852',
    style: {
      orgCode: 'OmMuMHC', controlNumber: (n) => `MHC${pad(n + 40, 5)}`,
      directNames: 0, dropHamza: 0, haaForTaa: 0, yaaForAlefMaqsura: 0, tashkeel: 0.5, sloppySpacing: 0,
      imprint: '260', dates: ['indic-hijri', 'hijri-slash'], isbd: true, keepSubtitle: 1,
      isbnForms: ['isbn10'], isbnMissing: 0.2, bothIsbns: false, editionWords: 'long',
      setIsbnOnVolumes: false, parallel880: false, always041: false, enteredFrom: 1998,
    },
    holds: [
      'tuhfa-1997-v1', 'kashf-1985', 'tarikh-oman-kashf-1980', 'fath-1977', 'fath-1983', 'oman-abr-1986-v1',
      'oman-abr-1986-v2', 'oman-abr-1986-v3', 'oman-abr-1986-v4', 'isaf-1965', 'nahda-1961', 'qisas-1979',
      'bayan-shar-1984-v1', 'bayan-shar-1984-v2', 'bayan-shar-1984-v3', 'qamus-1983-v1', 'diwan-bahlani-1987',
      'diwan-sitali-1984', 'diwan-ibnshaikhan-1978', 'shaqaiq-1984-v1', 'shaqaiq-1984-v2', 'shaqaiq-1984-v3',
      'mawsua-2013-v1', 'mashariq-1989', 'musnad-rabi-1995', 'shira-1981', 'battuta-1997-v1', 'buldan-1977-v4',
    ],
  },
  {
    code: 'salalah-public',
    name: { ar: 'مكتبة صلالة العامة', en: 'Salalah Public Library' },
    city: { ar: 'صلالة', en: 'Salalah' },
    coordinates: { lat: 17.0190, lon: 54.0890 },
    website: 'https://salalah-library.example.om/',
    opacUrlTemplate: 'https://salalah-library.example.om/lib/item.asp?no={controlNumber}',
    interlibraryLoan: { email: 'loans@salalah-library.example.om' },
    format: 'iso2709-windows-1256',
    files: ['legacy-export-1256.mrc'],
    holdingsTag: '949',
    style: {
      orgCode: 'SLLPL', controlNumber: (n) => `S${pad(1200 + n, 5)}`,
      directNames: 0.5, dropHamza: 0.7, haaForTaa: 0.4, yaaForAlefMaqsura: 0.5, tashkeel: 0, sloppySpacing: 0.3,
      imprint: '260', dates: ['hijri-slash', 'gregorian'], isbd: false, keepSubtitle: 0.5,
      isbnForms: ['isbn10', 'plain13'], isbnMissing: 0.25, bothIsbns: false, editionWords: 'short',
      setIsbnOnVolumes: true, parallel880: false, always041: false, enteredFrom: 2003,
    },
    holds: [
      'tuhfa-1997-v1', 'tuhfa-1997-v2', 'oman-abr-1986-v1', 'tarikh-oman-phillips-1981', 'oman-fi-tarikh-1995',
      'sayyidat-2010', 'taghriba-2021', 'dilshad-2021', 'narinja-2016', 'muqaddima-2004-v1', 'muqaddima-2004-v2',
      'lisan-1997-v1', 'riyad-1998', 'rahiq-1996', 'fiqh-sunna-1983', 'awlad-2006', 'mawsim-1969', 'zuqaq-1972',
      'madkhal-1999', 'madkhal-2006', 'ain-hilal-1988-v1', 'ain-hilal-1988-v2', 'fahrasa-1997', 'chatty-1996',
    ],
    defects: { 'mawsim-1969': 'broken-directory', 'rahiq-1996': 'invalid-isbn', 'zuqaq-1972': 'no-title' },
  },
  {
    code: 'bahla-community',
    name: { ar: 'مكتبة بهلا الأهلية', en: 'Bahla Community Library' },
    city: { ar: 'بهلا', en: 'Bahla' },
    coordinates: { lat: 22.9640, lon: 57.2990 },
    website: 'https://bahla-library.example.om/',
    opacUrlTemplate: 'https://bahla-library.example.om/books#{controlNumber}',
    interlibraryLoan: { email: 'bahla.library@example.om' },
    format: 'csv',
    files: ['fihris-bahla.csv'],
    holdingsTag: '852',
    style: {
      orgCode: 'BAHLA', controlNumber: (n) => `B-${pad(n, 3)}`,
      directNames: 1, dropHamza: 0.5, haaForTaa: 0.2, yaaForAlefMaqsura: 0.3, tashkeel: 0, sloppySpacing: 0.2,
      imprint: '260', dates: ['gregorian'], isbd: false, keepSubtitle: 0.5,
      isbnForms: ['hyphen13', 'isbn10'], isbnMissing: 0.4, bothIsbns: false, editionWords: 'long',
      setIsbnOnVolumes: false, parallel880: false, always041: false, enteredFrom: 2021,
    },
    holds: [
      'tuhfa-1997-v1', 'oman-abr-1986-v1', 'fath-1977', 'qisas-1979', 'sayyidat-2010', 'taghriba-2021',
      'dilshad-2021', 'diwan-bahlani-1987', 'jawhar-1993', 'lumaa-1995', 'musnad-rabi-1995', 'riyad-1998',
      'rahiq-1996', 'tarikh-oman-kashf-1980', 'malaikat-1983', 'oman-fi-tarikh-1995', 'mutanabbi-1983',
      'kalila-1981', 'bukhala-1976',
    ],
    defects: { 'malaikat-1983': 'no-title' },
  },
  {
    code: 'rustaq-college',
    name: { ar: 'مكتبة كلية العلوم التطبيقية بالرستاق', en: 'Rustaq College of Applied Sciences Library' },
    city: { ar: 'الرستاق', en: 'Rustaq' },
    coordinates: { lat: 23.3900, lon: 57.4240 },
    website: 'https://library.rustaq-college.example.om/',
    opacUrlTemplate: 'https://library.rustaq-college.example.om/opac/{controlNumber}',
    interlibraryLoan: { email: 'library@rustaq-college.example.om', formUrl: 'https://library.rustaq-college.example.om/ill' },
    format: 'mrk',
    files: ['rustaq-marcedit.mrk'],
    holdingsTag: '852',
    style: {
      orgCode: 'OmRuCAS', controlNumber: (n) => `RCAS${pad(n + 310, 5)}`,
      directNames: 0, dropHamza: 0.2, haaForTaa: 0, yaaForAlefMaqsura: 0, tashkeel: 0, sloppySpacing: 0,
      imprint: 'mixed', dates: ['hijri-slash', 'gregorian'], isbd: true, keepSubtitle: 0.9,
      isbnForms: ['hyphen13', 'plain13'], isbnMissing: 0.1, bothIsbns: false, editionWords: 'short',
      setIsbnOnVolumes: false, parallel880: false, always041: true, enteredFrom: 2010,
    },
    holds: [
      'madkhal-1999', 'madkhal-2006', 'fahrasa-1997', 'mujam-maktabat-1988', 'chan-2007', 'taylor-2006',
      'aacr2-2002', 'ddc22-2003', 'wehr-1979', 'jones-2015', 'owtram-2004', 'valeri-2009', 'valeri-fr-2007',
      'croisades-1983', 'commins-2012', 'kechichian-1995', 'sayyidat-2010', 'celestial-2018', 'celestial-2019',
      'oman-abr-1986-v1', 'tarikh-oman-phillips-1981', 'oman-history-phillips-1967',
    ],
  },
  {
    code: 'sur-public',
    name: { ar: 'مكتبة صور العامة', en: 'Sur Public Library' },
    city: { ar: 'صور', en: 'Sur' },
    coordinates: { lat: 22.5670, lon: 59.5290 },
    website: 'https://sur-library.example.om/',
    opacUrlTemplate: 'https://sur-library.example.om/record.php?id={controlNumber}',
    interlibraryLoan: { formUrl: 'https://sur-library.example.om/interlibrary-loan' },
    format: 'marc-json',
    files: ['sur-catalogue.json'],
    holdingsTag: '852',
    style: {
      orgCode: 'OmSuPL', controlNumber: (n) => `SUR${1000 + n}`,
      directNames: 0.3, dropHamza: 0.3, haaForTaa: 0.1, yaaForAlefMaqsura: 0.3, tashkeel: 0.2, sloppySpacing: 0.1,
      imprint: 'mixed', dates: ['hijri-comma', 'gregorian', 'hijri-slash'], isbd: true, keepSubtitle: 0.7,
      isbnForms: ['qualified', 'hyphen13'], isbnMissing: 0.2, bothIsbns: false, editionWords: 'long',
      setIsbnOnVolumes: false, parallel880: false, always041: false, enteredFrom: 2016,
    },
    holds: [
      'fath-1983', 'oman-abr-1986-v1', 'oman-abr-1986-v2', 'tarikh-oman-kashf-1980', 'nahda-1961', 'qisas-1979',
      'sayyidat-2019', 'taghriba-2023', 'narinja-2016', 'shira-1981', 'manazil-1993', 'agius-2005', 'ward-1987',
      'morris-1957', 'sands-1959', 'felix-1932', 'battuta-1997-v1', 'battuta-1997-v2', 'mudun-1984-v1',
      'mawsim-1969', 'ayyam-1992', 'awlad-1962', 'muqaddima-2004-v1', 'ghubash-1997', 'kamil-1965-v1',
    ],
  },
];
