import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineHashes, contentSecurityPolicy } from '../../../src/site/content-security-policy.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string, wasm = false) =>
  `<head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ wasm })}"><style>a{}</style></head><body>${body}</body>`;

describe('content security policy', () => {
  it('allows only this origin, no plugins, no <base>', () => {
    expect(contentSecurityPolicy({})).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'");
  });

  it('lets the search page run WebAssembly and no other page', () => {
    expect(contentSecurityPolicy({ wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('adds the hash of the inline stylesheet and inline scripts, not of JSON-LD or external scripts', () => {
    const html = addInlineHashes(page('<script type="module">go()</script><script type="application/ld+json">{}</script><script src="a.js"></script>'));
    expect(html).toContain(`script-src 'self' ${sha('go()')};`);
    expect(html).toContain(`style-src 'self' ${sha('a{}')};`);
    expect(html).not.toContain(sha('{}'));
  });
});

describe('inline hashes and data in attributes', () => {
  it('never allows a "<script>" written inside an attribute value', () => {
    const html = addInlineHashes(page(`<meta property="og:title" content="<script>alert(1)</script>"><img alt='<style>x</style>'>`));
    expect(html).not.toContain(sha('alert(1)'));
    expect(html).not.toContain(sha('x'));
    expect(html).toContain(`style-src 'self' ${sha('a{}')};`);
  });
});
