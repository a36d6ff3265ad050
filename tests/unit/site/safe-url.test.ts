import { describe, expect, it } from 'vitest';
import { httpUrl, opacUrl } from '../../../src/site/safe-url.ts';

describe('httpUrl', () => {
  const cases: { given: string | undefined; want: string | undefined }[] = [
    { given: 'https://example.org/a', want: 'https://example.org/a' },
    { given: ' http://example.org ', want: 'http://example.org/' },
    { given: 'javascript:alert(1)', want: undefined },
    { given: 'JavaScript:alert(1)', want: undefined },
    { given: 'data:text/html,<script>', want: undefined },
    { given: 'ftp://example.org/file', want: undefined },
    { given: '//example.org/x', want: undefined },
    { given: 'not a url', want: undefined },
    { given: undefined, want: undefined },
  ];
  for (const { given, want } of cases) {
    it(`${want ? 'links' : 'refuses to link'} ${JSON.stringify(given)}`, () => expect(httpUrl(given)).toBe(want));
  }
});

describe('opacUrl', () => {
  const template = 'https://opac.example.om/cgi-bin/koha/opac-detail.pl?biblionumber={controlNumber}';

  it('puts the control number into the template', () => {
    expect(opacUrl(template, '100234')).toBe('https://opac.example.om/cgi-bin/koha/opac-detail.pl?biblionumber=100234');
  });

  it('URL-encodes a control number with spaces, quotes and slashes', () => {
    expect(opacUrl(template, 'x"/1 2')).toBe('https://opac.example.om/cgi-bin/koha/opac-detail.pl?biblionumber=x%22%2F1%202');
  });

  it('gives no link when the record has no control number', () => {
    expect(opacUrl(template, undefined)).toBeUndefined();
    expect(opacUrl(template, '  ')).toBeUndefined();
  });

  it('gives no link when the library has no OPAC template', () => {
    expect(opacUrl(undefined, '1')).toBeUndefined();
  });
});
