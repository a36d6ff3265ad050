/**
 * Authors, editors and translators of the sample editions: real people, in the forms an
 * Arab cataloguer writes them. `inverted` is the heading ("السيابي، سالم بن حمود"), `direct`
 * the form some libraries type instead ("سالم بن حمود السيابي"), `roman` the ALA-LC form the
 * big library puts in its 880 parallels.
 */

export interface Person {
  inverted: string;
  direct: string;
  dates?: string;
  roman?: string;
}

const table = {
  // Omani history, law and literature
  salimi: { inverted: 'السالمي، عبد الله بن حميد', direct: 'نور الدين عبد الله بن حميد السالمي', dates: '1869-1914', roman: 'Sālimī, ʻAbd Allāh ibn Ḥumayd' },
  atfayyish: { inverted: 'أطفيش، إبراهيم', direct: 'أبو إسحاق إبراهيم أطفيش', dates: '1886-1965' },
  izkawi: { inverted: 'الإزكوي، سرحان بن سعيد', direct: 'سرحان بن سعيد الإزكوي', roman: 'Izkawī, Sirḥān ibn Saʻīd' },
  ibnRuzaiq: { inverted: 'ابن رزيق، حميد بن محمد', direct: 'حميد بن محمد بن رزيق', dates: 'ت. 1291 هـ', roman: 'Ibn Ruzayq, Ḥumayd ibn Muḥammad' },
  siyabi: { inverted: 'السيابي، سالم بن حمود', direct: 'سالم بن حمود السيابي', dates: '1908-1993', roman: 'Siyābī, Sālim ibn Ḥamūd' },
  mSalimi: { inverted: 'السالمي، محمد بن عبد الله', direct: 'محمد بن عبد الله السالمي', roman: 'Sālimī, Muḥammad ibn ʻAbd Allāh' },
  maawali: { inverted: 'المعولي، محمد بن عامر', direct: 'أبو سليمان محمد بن عامر المعولي' },
  bahlani: { inverted: 'البهلاني، ناصر بن سالم', direct: 'ناصر بن سالم بن عديم الرواحي', dates: '1860-1920', roman: 'Bahlānī, Nāṣir ibn Sālim' },
  sitali: { inverted: 'الستالي، أحمد بن سعيد', direct: 'أبو بكر أحمد بن سعيد الستالي' },
  ibnShaikhan: { inverted: 'ابن شيخان، محمد بن شيخان', direct: 'محمد بن شيخان السالمي' },
  khusaibi: { inverted: 'الخصيبي، محمد بن راشد', direct: 'محمد بن راشد بن عزيز الخصيبي' },
  kindi: { inverted: 'الكندي، محمد بن إبراهيم', direct: 'محمد بن إبراهيم الكندي', dates: 'ت. 508 هـ' },
  saadi: { inverted: 'السعدي، جميل بن خميس', direct: 'جميل بن خميس السعدي' },
  rabi: { inverted: 'الربيع بن حبيب', direct: 'الربيع بن حبيب الفراهيدي', dates: 'ت. 175 هـ' },
  ghubash: { inverted: 'غباش، حسين عبيد غانم', direct: 'حسين عبيد غانم غباش' },
  harthi: { inverted: 'الحارثي، جوخة', direct: 'جوخة الحارثي', dates: '1978-', roman: 'Ḥārithī, Jūkhah' },
  rahbi: { inverted: 'الرحبي، سيف', direct: 'سيف الرحبي', dates: '1956-' },
  taei: { inverted: 'الطائي، عبد الله بن محمد', direct: 'عبد الله بن محمد الطائي', dates: '1924-1973' },
  qasimi: { inverted: 'القاسمي، زهران', direct: 'زهران القاسمي', dates: '1974-', roman: 'Qāsimī, Zahrān' },
  khalfan: { inverted: 'خلفان، بشرى', direct: 'بشرى خلفان', dates: '1969-' },
  // Classical authors
  ibnKhaldun: { inverted: 'ابن خلدون، عبد الرحمن بن محمد', direct: 'عبد الرحمن بن محمد بن خلدون', dates: '732-808 هـ', roman: 'Ibn Khaldūn, ʻAbd al-Raḥmān ibn Muḥammad' },
  ibnAthir: { inverted: 'ابن الأثير، علي بن محمد', direct: 'عز الدين علي بن محمد بن الأثير', dates: '555-630 هـ' },
  ibnManzur: { inverted: 'ابن منظور، محمد بن مكرم', direct: 'محمد بن مكرم بن منظور', dates: '630-711 هـ', roman: 'Ibn Manẓūr, Muḥammad ibn Mukarram' },
  jahiz: { inverted: 'الجاحظ، عمرو بن بحر', direct: 'أبو عثمان عمرو بن بحر الجاحظ', dates: 'ت. 255 هـ', roman: 'Jāḥiẓ, ʻAmr ibn Baḥr' },
  maarri: { inverted: 'المعري، أحمد بن عبد الله', direct: 'أبو العلاء أحمد بن عبد الله المعري', dates: '363-449 هـ' },
  farahidi: { inverted: 'الفراهيدي، الخليل بن أحمد', direct: 'الخليل بن أحمد الفراهيدي', dates: '100-170 هـ', roman: 'Farāhīdī, al-Khalīl ibn Aḥmad' },
  ibnDurayd: { inverted: 'ابن دريد، محمد بن الحسن', direct: 'أبو بكر محمد بن الحسن بن دريد', dates: '223-321 هـ' },
  ibnHazm: { inverted: 'ابن حزم، علي بن أحمد', direct: 'علي بن أحمد بن حزم الأندلسي', dates: '384-456 هـ' },
  nawawi: { inverted: 'النووي، يحيى بن شرف', direct: 'يحيى بن شرف النووي', dates: '631-676 هـ' },
  ghazali: { inverted: 'الغزالي، محمد بن محمد', direct: 'أبو حامد محمد بن محمد الغزالي', dates: '450-505 هـ' },
  tabari: { inverted: 'الطبري، محمد بن جرير', direct: 'محمد بن جرير الطبري', dates: '224-310 هـ' },
  muslim: { inverted: 'مسلم بن الحجاج القشيري', direct: 'مسلم بن الحجاج القشيري', dates: '206-261 هـ' },
  bukhari: { inverted: 'البخاري، محمد بن إسماعيل', direct: 'محمد بن إسماعيل البخاري', dates: '194-256 هـ' },
  ibnKathir: { inverted: 'ابن كثير، إسماعيل بن عمر', direct: 'إسماعيل بن عمر بن كثير', dates: '701-774 هـ' },
  shafii: { inverted: 'الشافعي، محمد بن إدريس', direct: 'محمد بن إدريس الشافعي', dates: '150-204 هـ' },
  ibnAbdRabbih: { inverted: 'ابن عبد ربه، أحمد بن محمد', direct: 'أحمد بن محمد بن عبد ربه الأندلسي', dates: '246-328 هـ' },
  masudi: { inverted: 'المسعودي، علي بن الحسين', direct: 'علي بن الحسين المسعودي', dates: 'ت. 346 هـ' },
  ibnBattuta: { inverted: 'ابن بطوطة، محمد بن عبد الله', direct: 'محمد بن عبد الله بن بطوطة', dates: '703-779 هـ', roman: 'Ibn Baṭṭūṭah, Muḥammad ibn ʻAbd Allāh' },
  yaqut: { inverted: 'ياقوت الحموي، ياقوت بن عبد الله', direct: 'ياقوت بن عبد الله الحموي', dates: '574-626 هـ' },
  mutanabbi: { inverted: 'المتنبي، أحمد بن الحسين', direct: 'أبو الطيب أحمد بن الحسين المتنبي', dates: '303-354 هـ' },
  ibnMuqaffa: { inverted: 'ابن المقفع، عبد الله', direct: 'عبد الله بن المقفع', dates: 'ت. 142 هـ' },
  sabiq: { inverted: 'سابق، سيد', direct: 'سيد سابق', dates: '1915-2000' },
  mubarakpuri: { inverted: 'المباركفوري، صفي الرحمن', direct: 'صفي الرحمن المباركفوري', dates: '1943-2006' },
  // Modern Arabic literature
  mahfouz: { inverted: 'محفوظ، نجيب', direct: 'نجيب محفوظ', dates: '1911-2006', roman: 'Maḥfūẓ, Najīb' },
  tahaHussein: { inverted: 'حسين، طه', direct: 'طه حسين', dates: '1889-1973', roman: 'Ḥusayn, Ṭāhā' },
  tayebSalih: { inverted: 'صالح، الطيب', direct: 'الطيب صالح', dates: '1929-2009' },
  munif: { inverted: 'منيف، عبد الرحمن', direct: 'عبد الرحمن منيف', dates: '1933-2004', roman: 'Munīf, ʻAbd al-Raḥmān' },
  kanafani: { inverted: 'كنفاني، غسان', direct: 'غسان كنفاني', dates: '1936-1972' },
  darwish: { inverted: 'درويش، محمود', direct: 'محمود درويش', dates: '1941-2008' },
  // Library science
  alyan: { inverted: 'عليان، ربحي مصطفى', direct: 'ربحي مصطفى عليان' },
  khalifa: { inverted: 'خليفة، شعبان عبد العزيز', direct: 'شعبان عبد العزيز خليفة' },
  ayidi: { inverted: 'العايدي، محمد عوض', direct: 'محمد عوض العايدي' },
  shami: { inverted: 'الشامي، أحمد محمد', direct: 'أحمد محمد الشامي' },
  hasaballah: { inverted: 'حسب الله، سيد', direct: 'سيد حسب الله' },
  // Editors and translators
  haroun: { inverted: 'هارون، عبد السلام محمد', direct: 'عبد السلام محمد هارون', dates: '1909-1988' },
  amer: { inverted: 'عامر، عبد المنعم', direct: 'عبد المنعم عامر' },
  darwishEd: { inverted: 'الدرويش، عبد الله محمد', direct: 'عبد الله محمد الدرويش' },
  ubaydli: { inverted: 'عبيدلي، أحمد', direct: 'أحمد عبيدلي' },
  qaisi: { inverted: 'القيسي، عبد المجيد حسيب', direct: 'عبد المجيد حسيب القيسي' },
  aminAbdullah: { inverted: 'عبد الله، محمد أمين', direct: 'محمد أمين عبد الله' },
  makhzumi: { inverted: 'المخزومي، مهدي', direct: 'مهدي المخزومي' },
  samarrai: { inverted: 'السامرائي، إبراهيم', direct: 'إبراهيم السامرائي' },
  hindawi: { inverted: 'هنداوي، عبد الحميد', direct: 'عبد الحميد هنداوي' },
  baalbaki: { inverted: 'بعلبكي، رمزي منير', direct: 'رمزي منير بعلبكي' },
  bintShati: { inverted: 'عبد الرحمن، عائشة', direct: 'عائشة عبد الرحمن (بنت الشاطئ)' },
  abdulbaqi: { inverted: 'عبد الباقي، محمد فؤاد', direct: 'محمد فؤاد عبد الباقي' },
  turki: { inverted: 'التركي، عبد الله بن عبد المحسن', direct: 'عبد الله بن عبد المحسن التركي' },
  arnaut: { inverted: 'الأرناؤوط، شعيب', direct: 'شعيب الأرناؤوط' },
  shakir: { inverted: 'شاكر، أحمد محمد', direct: 'أحمد محمد شاكر' },
  tazi: { inverted: 'التازي، عبد الهادي', direct: 'عبد الهادي التازي' },
  salama: { inverted: 'السلامة، سامي بن محمد', direct: 'سامي بن محمد السلامة' },
  hajiri: { inverted: 'الحاجري، طه', direct: 'طه الحاجري' },
  umayra: { inverted: 'عميرة، عبد الرحمن', direct: 'عبد الرحمن عميرة' },
  // English and French
  phillips: { inverted: 'Phillips, Wendell', direct: 'Wendell Phillips', dates: '1921-1975' },
  peterson: { inverted: 'Peterson, J. E.', direct: 'J. E. Peterson', dates: '1947-' },
  allen: { inverted: 'Allen, Calvin H.', direct: 'Calvin H. Allen' },
  owtram: { inverted: 'Owtram, Francis', direct: 'Francis Owtram' },
  wilkinson: { inverted: 'Wilkinson, John C.', direct: 'John C. Wilkinson' },
  jones: { inverted: 'Jones, Jeremy', direct: 'Jeremy Jones', dates: '1953-' },
  ridout: { inverted: 'Ridout, Nicholas', direct: 'Nicholas Ridout' },
  thesiger: { inverted: 'Thesiger, Wilfred', direct: 'Wilfred Thesiger', dates: '1910-2003' },
  thomas: { inverted: 'Thomas, Bertram', direct: 'Bertram Thomas', dates: '1892-1950' },
  valeri: { inverted: 'Valeri, Marc', direct: 'Marc Valeri' },
  chatty: { inverted: 'Chatty, Dawn', direct: 'Dawn Chatty' },
  booth: { inverted: 'Booth, Marilyn', direct: 'Marilyn Booth' },
  zahlan: { inverted: 'Zahlan, Rosemarie Said', direct: 'Rosemarie Said Zahlan' },
  morris: { inverted: 'Morris, James', direct: 'James Morris', dates: '1926-2020' },
  hawley: { inverted: 'Hawley, Donald', direct: 'Donald Hawley', dates: '1921-2008' },
  ward: { inverted: 'Ward, Philip', direct: 'Philip Ward', dates: '1938-' },
  agius: { inverted: 'Agius, Dionisius A.', direct: 'Dionisius A. Agius' },
  kechichian: { inverted: 'Kechichian, Joseph A.', direct: 'Joseph A. Kechichian' },
  commins: { inverted: 'Commins, David Dean', direct: 'David Dean Commins' },
  wehr: { inverted: 'Wehr, Hans', direct: 'Hans Wehr', dates: '1909-1981' },
  cowan: { inverted: 'Cowan, J. Milton', direct: 'J. Milton Cowan' },
  chan: { inverted: 'Chan, Lois Mai', direct: 'Lois Mai Chan' },
  taylor: { inverted: 'Taylor, Arlene G.', direct: 'Arlene G. Taylor', dates: '1941-' },
  dewey: { inverted: 'Dewey, Melvil', direct: 'Melvil Dewey', dates: '1851-1931' },
  maalouf: { inverted: 'Maalouf, Amin', direct: 'Amin Maalouf', dates: '1949-' },
  monteil: { inverted: 'Monteil, Vincent', direct: 'Vincent Monteil', dates: '1913-2005' },
  ibnKhaldunLatin: { inverted: 'Ibn Khaldūn', direct: 'Ibn Khaldūn', dates: '1332-1406' },
  husseinLatin: { inverted: 'Hussein, Taha', direct: 'Taha Hussein', dates: '1889-1973' },
  ghubashLatin: { inverted: 'Ghubash, Hussein', direct: 'Hussein Ghubash' },
  lecerf: { inverted: 'Lecerf, Jean', direct: 'Jean Lecerf' },
  wiet: { inverted: 'Wiet, Gaston', direct: 'Gaston Wiet', dates: '1887-1971' },
} as const satisfies Record<string, Person>;

export type PersonId = keyof typeof table;
export const people: Record<PersonId, Person> = table;
