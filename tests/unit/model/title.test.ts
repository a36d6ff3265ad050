import { describe, expect, it } from 'vitest';
import { extractTitle, sortKey } from '../../../src/ingest/model/title.ts';
import { dataField, marc } from './build-record.ts';

describe('extractTitle', () => {
  it('takes 245 $a $b $n $p $c without their ISBD punctuation', () => {
    const record = marc({
      '245': ['10', 'a', 'تفسير الطبري :', 'b', 'جامع البيان عن تأويل آي القرآن.', 'n', 'ج. 2،', 'p', 'سورة البقرة /', 'c', 'تأليف محمد بن جرير الطبري ؛ تحقيق محمود محمد شاكر.'],
    });
    expect(extractTitle(record).value).toEqual({
      proper: 'تفسير الطبري',
      remainder: 'جامع البيان عن تأويل آي القرآن',
      partNumber: 'ج. 2',
      partName: 'سورة البقرة',
      responsibility: 'تأليف محمد بن جرير الطبري ؛ تحقيق محمود محمد شاكر',
      variants: [],
    });
  });

  it('pairs the 245 with its 880 through $6 and indexes the 880 title as a variant', () => {
    const record = marc({
      '245': ['00', '6', '880-01', 'a', 'Qaḍāʼ al-usrah :', 'b', 'majallah mutakhaṣṣiṣah /', 'c', 'Wizārat al-ʻAdl.'],
      '880': ['00', '6', '245-01/(3/r', 'a', 'قضاء الأسرة :', 'b', 'مجلة متخصصة /', 'c', 'وزارة العدل.'],
    });
    const title = extractTitle(record).value;
    expect(title.proper).toBe('Qaḍāʼ al-usrah');
    expect(title.parallel).toBe('قضاء الأسرة : مجلة متخصصة');
    expect(title.variants).toEqual(['قضاء الأسرة : مجلة متخصصة']);
  });

  it('keeps 246 variants and the 880 forms of 246, linked or not', () => {
    const record = marc({
      '245': ['00', 'a', 'Qaḍāʼ al-usrah.'],
      '246': [['13', 'a', 'Justice de la famille'], ['13', '6', '880-02', 'a', 'Majallat Qaḍāʼ al-usrah', 'f', '<2006>']],
      '880': [['13', '6', '246-02/(3/r', 'a', 'مجلة قضاء الأسرة', 'f', '<2006>'], ['13', '6', '246-00/(3/r', 'a', 'قضاء الاسرة المغربية']],
    });
    expect(extractTitle(record).value.variants).toEqual([
      'Justice de la famille', 'Majallat Qaḍāʼ al-usrah', 'مجلة قضاء الأسرة', 'قضاء الاسرة المغربية',
    ]);
  });

  it('keeps an unlinked 880 title (245-00) as a variant', () => {
    const record = marc({ '245': ['10', 'a', 'Tārīkh ʻUmān'], '880': ['10', '6', '245-00/(3/r', 'a', 'تاريخ عمان'] });
    expect(extractTitle(record).value).toMatchObject({ proper: 'Tārīkh ʻUmān', variants: ['تاريخ عمان'] });
    expect(extractTitle(record).value.parallel).toBeUndefined();
  });

  it('falls back on a variant title and reports a record with no 245', () => {
    const result = extractTitle(marc({ '246': ['3 ', 'a', 'تاريخ عمان'] }));
    expect(result.value.proper).toBe('تاريخ عمان');
    expect(result.problems).toEqual([{ code: 'model.missing-title', severity: 'warning', tag: '245' }]);
  });
});

describe('sortKey', () => {
  const cases: { given: [string, string]; want: string; why: string }[] = [
    { given: ['14', 'The Arabs in history /'], want: 'arabs in history', why: 'skips the article counted by indicator 2' },
    { given: ['10', 'تاريخ عمان /'], want: 'تاريخ عمان', why: 'keeps an Arabic title whole when indicator 2 is 0' },
    { given: ['1 ', '[Untitled]'], want: 'untitled]', why: 'treats a blank indicator 2 as 0 and drops a leading bracket' },
    { given: ['19', 'Le Maroc'], want: 'le maroc', why: 'ignores a count longer than the title' },
  ];
  it.each(cases)('$why', ({ given: [indicators, title], want }) => {
    expect(sortKey(dataField('245', [indicators, 'a', title]))).toBe(want);
  });
});
