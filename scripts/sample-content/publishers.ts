/**
 * Publishers of the sample editions. `country` is the MARC country code written in
 * 008/15-17 (mu Oman, le Lebanon, sy Syria, ua Egypt, su Saudi Arabia, jo Jordan ...).
 * `isbnPrefix` is a real ISBN group (9953 Lebanon, 977 Egypt, 0/1 English ...) with an
 * INVENTED registrant: the sample ISBNs have valid checksums but are not the books' own.
 */

export interface Publisher {
  name: string;
  place: string;
  country: string;
  isbnPrefix?: string;
  /** Romanised name, for the big library's 880 parallels. */
  roman?: string;
}

const table = {
  turath: { name: 'وزارة التراث القومي والثقافة', place: 'مسقط', country: 'mu', roman: 'Wizārat al-Turāth al-Qawmī wa-al-Thaqāfah' },
  turath2002: { name: 'وزارة التراث والثقافة', place: 'مسقط', country: 'mu', isbnPrefix: '978-99969-0', roman: 'Wizārat al-Turāth wa-al-Thaqāfah' },
  awqaf: { name: 'وزارة الأوقاف والشؤون الدينية', place: 'مسقط', country: 'mu', isbnPrefix: '978-99969-2' },
  istiqama: { name: 'مكتبة الاستقامة', place: 'مسقط', country: 'mu', isbnPrefix: '978-99969-31', roman: 'Maktabat al-Istiqāmah' },
  dhamri: { name: 'مكتبة الضامري للنشر والتوزيع', place: 'السيب', country: 'mu', isbnPrefix: '978-99969-42' },
  infoMinistry: { name: 'وزارة الإعلام', place: 'مسقط', country: 'mu', isbnPrefix: '978-99969-1' },
  qurtuba: { name: 'دار قرطبة للنشر والتوثيق والأبحاث', place: 'ليماسول', country: 'cy' },
  mashriq: { name: 'المكتب الإسلامي', place: 'بيروت', country: 'le' },
  kitabArabi: { name: 'دار الكتاب العربي', place: 'القاهرة', country: 'ua' },
  kitabArabiBeirut: { name: 'دار الكتاب العربي', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-27' },
  fikr: { name: 'دار الفكر', place: 'دمشق', country: 'sy', isbnPrefix: '978-9933-10', roman: 'Dār al-Fikr' },
  sader: { name: 'دار صادر', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-13', roman: 'Dār Ṣādir' },
  adab: { name: 'دار الآداب', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-89', roman: 'Dār al-Ādāb' },
  awda: { name: 'دار العودة', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-34' },
  maarif: { name: 'دار المعارف', place: 'القاهرة', country: 'ua', isbnPrefix: '978-977-02' },
  khanji: { name: 'مكتبة الخانجي', place: 'القاهرة', country: 'ua', isbnPrefix: '978-977-5046' },
  halabi: { name: 'مطبعة مصطفى البابي الحلبي', place: 'القاهرة', country: 'ua' },
  kutubMisriyya: { name: 'دار الكتب المصرية', place: 'القاهرة', country: 'ua' },
  ihyaKutub: { name: 'دار إحياء الكتب العربية', place: 'القاهرة', country: 'ua' },
  hilal: { name: 'دار ومكتبة الهلال', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-20' },
  ilmiyya: { name: 'دار الكتب العلمية', place: 'بيروت', country: 'le', isbnPrefix: '978-2-7451' },
  ilmMalayin: { name: 'دار العلم للملايين', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-63' },
  hajr: { name: 'دار هجر', place: 'الجيزة', country: 'ua', isbnPrefix: '978-977-256' },
  marefa: { name: 'دار المعرفة', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-85' },
  risala: { name: 'مؤسسة الرسالة', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-32' },
  salam: { name: 'دار السلام', place: 'الرياض', country: 'su', isbnPrefix: '978-9960-897' },
  tayba: { name: 'دار طيبة', place: 'الرياض', country: 'su', isbnPrefix: '978-9960-890' },
  ibnKathirPub: { name: 'دار ابن كثير', place: 'دمشق', country: 'sy', isbnPrefix: '978-9933-11' },
  shuruqBeirut: { name: 'دار الشروق', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-21' },
  shuruq: { name: 'دار الشروق', place: 'القاهرة', country: 'ua', isbnPrefix: '978-977-09' },
  darBeirut: { name: 'دار بيروت', place: 'بيروت', country: 'le' },
  misr: { name: 'مكتبة مصر', place: 'القاهرة', country: 'ua', isbnPrefix: '978-977-239' },
  muassasa: { name: 'المؤسسة العربية للدراسات والنشر', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-36', roman: 'al-Muʼassasah al-ʻArabīyah lil-Dirāsāt wa-al-Nashr' },
  taliaa: { name: 'دار الطليعة', place: 'بيروت', country: 'le' },
  mada: { name: 'دار المدى', place: 'دمشق', country: 'sy', isbnPrefix: '978-9933-12' },
  miskiliani: { name: 'دار مسكلياني', place: 'تونس', country: 'ti', isbnPrefix: '978-9938-07', roman: 'Dār Miskiliyānī' },
  takween: { name: 'تكوين للنشر والتوزيع', place: 'الكويت', country: 'ku', isbnPrefix: '978-9921-73' },
  jadid: { name: 'دار الجديد', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-11' },
  jil: { name: 'دار الجيل', place: 'بيروت', country: 'le', isbnPrefix: '978-9953-17' },
  moroccoAcademy: { name: 'أكاديمية المملكة المغربية', place: 'الرباط', country: 'mr', isbnPrefix: '978-9954-0' },
  safa: { name: 'دار صفاء للنشر والتوزيع', place: 'عمان', country: 'jo', isbnPrefix: '978-9957-24' },
  misriyyaLubnaniyya: { name: 'الدار المصرية اللبنانية', place: 'القاهرة', country: 'ua', isbnPrefix: '978-977-270' },
  marrikh: { name: 'دار المريخ', place: 'الرياض', country: 'su', isbnPrefix: '978-9960-24' },
  // English and French
  longmans: { name: 'Longmans', place: 'London', country: 'enk' },
  croomHelm: { name: 'Croom Helm', place: 'London', country: 'enk', isbnPrefix: '978-0-85664' },
  westview: { name: 'Westview Press', place: 'Boulder, Colo.', country: 'cou', isbnPrefix: '978-0-86531' },
  tauris: { name: 'I.B. Tauris', place: 'London', country: 'enk', isbnPrefix: '978-1-86064' },
  cup: { name: 'Cambridge University Press', place: 'Cambridge', country: 'enk', isbnPrefix: '978-0-521' },
  penguin: { name: 'Penguin', place: 'Harmondsworth', country: 'enk', isbnPrefix: '978-0-14' },
  cape: { name: 'J. Cape', place: 'London', country: 'enk' },
  hurst: { name: 'Hurst & Company', place: 'London', country: 'enk', isbnPrefix: '978-1-85065' },
  columbia: { name: 'Columbia University Press', place: 'New York', country: 'nyu', isbnPrefix: '978-0-231' },
  sandstone: { name: 'Sandstone Press', place: 'Dingwall', country: 'stk', isbnPrefix: '978-1-912240' },
  catapult: { name: 'Catapult', place: 'New York', country: 'nyu', isbnPrefix: '978-1-948226' },
  unwin: { name: 'Unwin Hyman', place: 'London', country: 'enk', isbnPrefix: '978-0-04' },
  faber: { name: 'Faber and Faber', place: 'London', country: 'enk' },
  immel: { name: 'Immel Publishing', place: 'London', country: 'enk', isbnPrefix: '978-0-907151' },
  stacey: { name: 'Stacey International', place: 'London', country: 'enk', isbnPrefix: '978-0-905743' },
  oleander: { name: 'Oleander Press', place: 'Cambridge', country: 'enk', isbnPrefix: '978-0-906672' },
  keganPaul: { name: 'Kegan Paul', place: 'London', country: 'enk', isbnPrefix: '978-0-7103' },
  rand: { name: 'RAND', place: 'Santa Monica, CA', country: 'cau', isbnPrefix: '978-0-8330' },
  harrassowitz: { name: 'Harrassowitz', place: 'Wiesbaden', country: 'gw', isbnPrefix: '978-3-447' },
  oclc: { name: 'OCLC Online Computer Library Center', place: 'Dublin, Ohio', country: 'ohu', isbnPrefix: '978-0-910608' },
  ala: { name: 'American Library Association', place: 'Chicago', country: 'ilu', isbnPrefix: '978-0-8389' },
  scarecrow: { name: 'Scarecrow Press', place: 'Lanham, Md.', country: 'mdu', isbnPrefix: '978-0-8108' },
  libUnlimited: { name: 'Libraries Unlimited', place: 'Westport, Conn.', country: 'ctu', isbnPrefix: '978-1-59158' },
  karthala: { name: 'Karthala', place: 'Paris', country: 'fr', isbnPrefix: '978-2-8111' },
  sindbad: { name: 'Sindbad', place: 'Paris', country: 'fr' },
  lattes: { name: 'J.-C. Lattès', place: 'Paris', country: 'fr', isbnPrefix: '978-2-7096' },
  gallimard: { name: 'Gallimard', place: 'Paris', country: 'fr' },
  maisonneuve: { name: 'Maisonneuve et Larose', place: 'Paris', country: 'fr', isbnPrefix: '978-2-7068' },
} as const satisfies Record<string, Publisher>;

export type PublisherId = keyof typeof table;
export const publishers: Record<PublisherId, Publisher> = table;
