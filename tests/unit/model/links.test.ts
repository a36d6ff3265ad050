import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../../src/ingest/model/links.ts';
import { marc } from './build-record.ts';

describe('extractLinks', () => {
  it('keeps an https link with its $y text, and an http link with its $3', () => {
    const record = marc({
      '856': [
        ['40', 'u', 'https://archive.org/details/tarikh-oman', 'y', 'النص الكامل'],
        ['42', '3', 'Table of contents', 'u', 'http://catdir.loc.gov/catdir/toc/1.html'],
      ],
    });
    expect(extractLinks(record)).toEqual({
      value: [
        { url: 'https://archive.org/details/tarikh-oman', text: 'النص الكامل' },
        { url: 'http://catdir.loc.gov/catdir/toc/1.html', text: 'Table of contents' },
      ],
      problems: [],
    });
  });

  const unsafe = ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'file:///etc/passwd', 'ftp://ftp.example.org/book.pdf', 'www.example.org', 'data:text/html,<script>alert(1)</script>'];
  it.each(unsafe)('drops "%s" and reports it', (url) => {
    const { value, problems } = extractLinks(marc({ '856': ['40', 'u', url] }));
    expect(value).toEqual([]);
    expect(problems).toEqual([{ code: 'model.unsafe-link', severity: 'warning', tag: '856', params: { url } }]);
  });
});
