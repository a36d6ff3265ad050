import { describe, expect, it } from 'vitest';
import { illRequest } from '../../../src/site/ill.ts';
import { loadSiteData } from '../../../src/site/site-data.ts';

const library = loadSiteData('tests/fixtures/site').libraryByCode.get('squ-main')!;
const holdings = [{ libraryCode: 'squ-main', callNumber: '330.9535 ه أ', copies: 1 }];

describe('illRequest', () => {
  it('prefills subject and body, every part encoded so a title cannot add a header or recipient', () => {
    const citation = 'Evil&cc=victim@example.org?bcc=x\r\nTo: y';
    const { mailto } = illRequest({ lang: 'en', library, holdings, citation, recordId: 'a1b2c3' });
    const url = new URL(mailto!);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe(library.interlibraryLoan.email);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('body')).toContain(citation);
    expect(url.searchParams.get('body')).toContain('Call number: 330.9535 ه أ');
    expect(url.searchParams.get('subject')).toBe(`Interlibrary loan request: ${citation}`);
  });

  it('links the library\'s own request form only when it is http(s)', () => {
    const form = illRequest({ lang: 'ar', library: { ...library, interlibraryLoan: { formUrl: 'javascript:alert(1)' } }, holdings, citation: 'x', recordId: 'a' });
    expect(form).toEqual({ mailto: undefined, formUrl: undefined });
  });
});
