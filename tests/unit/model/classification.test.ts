import { describe, expect, it } from 'vitest';
import { extractClassification } from '../../../src/ingest/model/classification.ts';
import { marc } from './build-record.ts';

describe('extractClassification', () => {
  const dewey = [
    { given: ['04', 'a', '953.53', '2', '22'], want: ['953.53'], why: 'keeps a plain Dewey number' },
    { given: ['04', 'a', '297.1/2', '2', '23'], want: ['297.12'], why: 'drops the prime mark' },
    { given: ['04', 'a', '٩٥٣.٥٣'], want: ['953.53'], why: 'writes Arabic-Indic digits as ASCII' },
    { given: ['04', 'a', '953.53', 'a', '915.353'], want: ['953.53'], why: 'takes only the first $a' },
  ];
  it.each(dewey)('$why', ({ given, want }) => {
    expect(extractClassification(marc({ '082': given })).dewey).toEqual(want);
  });

  it('joins 050 $a and $b, and reads a local 090 as an LC class too', () => {
    const record = marc({ '050': ['00', 'a', 'DS247.O68', 'b', 'S59 1999'], '090': ['  ', 'a', 'JA84.M43', 'b', 'I58 2009'] });
    expect(extractClassification(record).lc).toEqual(['DS247.O68 S59 1999', 'JA84.M43 I58 2009']);
  });

  it('ignores the "IN PROCESS" placeholder of an unfinished LC record', () => {
    expect(extractClassification(marc({ '050': ['00', 'a', 'IN PROCESS'] })).lc).toEqual([]);
  });
});
