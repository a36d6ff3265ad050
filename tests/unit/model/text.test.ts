import { describe, expect, it } from 'vitest';
import { asciiDigits, stripIsbd } from '../../../src/ingest/model/text.ts';

describe('stripIsbd', () => {
  const cases: { given: string; want: string; why: string }[] = [
    { given: 'تاريخ عمان /', want: 'تاريخ عمان', why: 'drops the " /" before the statement of responsibility' },
    { given: 'مسقط :', want: 'مسقط', why: 'drops the " :" before the publisher' },
    { given: 'سلسلة ندوات و مناظرات ؛', want: 'سلسلة ندوات و مناظرات', why: 'drops the Arabic semicolon' },
    { given: 'وزارة التراث القومي والثقافة،', want: 'وزارة التراث القومي والثقافة', why: 'drops the Arabic comma' },
    { given: 'Title proper =', want: 'Title proper', why: 'drops " =" before a parallel title' },
    { given: '1420هـ/1999م.', want: '1420هـ/1999م', why: 'drops the final full stop' },
    { given: 'Smith, J.', want: 'Smith, J.', why: 'keeps the full stop of an initial' },
    { given: '2nd ed.', want: '2nd ed.', why: 'keeps the full stop of an abbreviation' },
    { given: 'ط.', want: 'ط.', why: 'keeps the full stop of the Arabic abbreviation ط.' },
    { given: 'El Moudden, Abderrahmane.', want: 'El Moudden, Abderrahmane', why: 'drops the full stop after a whole word' },
    { given: 'And so on...', want: 'And so on...', why: 'keeps an ellipsis' },
    { given: ' : majallah mutakhaṣṣiṣah /', want: 'majallah mutakhaṣṣiṣah', why: 'drops a separator at either end' },
  ];
  it.each(cases)('$why', ({ given, want }) => {
    expect(stripIsbd(given)).toBe(want);
  });
});

describe('asciiDigits', () => {
  it('turns Arabic-Indic and Persian digits into ASCII digits', () => {
    expect(asciiDigits('١٤٢٠ هـ / ۱۹۹۹')).toBe('1420 هـ / 1999');
  });
});
