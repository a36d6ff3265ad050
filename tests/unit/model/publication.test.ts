import { describe, expect, it } from 'vitest';
import { extractPublication } from '../../../src/ingest/model/publication.ts';
import { fixed008, marc } from './build-record.ts';

describe('extractPublication', () => {
  it('reads 260 $a $b $c without ISBD punctuation, and both calendars from $c', () => {
    const record = marc({ '260': ['  ', 'a', 'مسقط :', 'b', 'وزارة التراث القومي والثقافة،', 'c', '1420هـ/1999م.'] });
    expect(extractPublication(record)).toEqual({
      value: { place: 'مسقط', publisher: 'وزارة التراث القومي والثقافة', dateText: '1420هـ/1999م', gregorianYear: 1999, hijriYear: 1420 },
      problems: [],
    });
  });

  it('prefers the 264 publication statement (indicator 2 = 1) to a copyright 264', () => {
    const record = marc({
      '264': [[' 4', 'c', '©2015'], [' 1', 'a', 'بيروت :', 'b', 'دار الساقي،', 'c', '2016.']],
    });
    expect(extractPublication(record).value).toMatchObject({ place: 'بيروت', publisher: 'دار الساقي', dateText: '2016', gregorianYear: 2016 });
  });

  it('joins two places as catalogued', () => {
    const record = marc({ '260': ['  ', 'a', 'بيروت ؛', 'a', 'القاهرة :', 'b', 'دار الشروق،', 'c', '1988.'] });
    expect(extractPublication(record).value.place).toBe('بيروت ; القاهرة');
  });

  it('takes the year from 008 when the record has no 260 or 264', () => {
    expect(extractPublication(marc({ '008': fixed008('s', '1987') })).value).toEqual({ gregorianYear: 1987 });
  });

  it('reports a date it cannot read a year from', () => {
    const record = marc({ '260': ['  ', 'c', 'سنة الحريق'] });
    expect(extractPublication(record).problems).toEqual([
      { code: 'model.unparsed-date', severity: 'info', tag: '260', params: { date: 'سنة الحريق' } },
    ]);
  });

  it('does not report "no date" as catalogued', () => {
    expect(extractPublication(marc({ '260': ['  ', 'a', '[مسقط] :', 'b', '[د.ن.]،', 'c', '[د.ت.]'] })).problems).toEqual([]);
  });
});
