import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { get } from 'node:http';
import { connect } from 'node:http2';
import { gunzipSync } from 'node:zlib';
import { cacheControl, normalizeBasePath, resolveRequestPath, startStaticServer } from '../../../src/serve/static-server.ts';
import { localhostCertificate } from '../../../scripts/bench/localhost-certificate.ts';

describe('normalizeBasePath', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['fihris', '/fihris/'],
    ['/fihris', '/fihris/'],
    ['/a/b/', '/a/b/'],
  ])('turns %j into %j', (given, want) => {
    expect(normalizeBasePath(given)).toBe(want);
  });
});

describe('resolveRequestPath', () => {
  const root = '/srv/site';
  test.each([
    ['/', '/', '/srv/site/index.html'],
    ['/', '/r/abc.html', '/srv/site/r/abc.html'],
    ['/', '/en/', '/srv/site/en/index.html'],
    ['/', '/search.html?q=%D9%81%D9%87%D8%B1%D8%B3', '/srv/site/search.html'],
    ['/fihris/', '/fihris/r/abc.html', '/srv/site/r/abc.html'],
    ['/fihris/', '/fihris', '/srv/site/index.html'],
    ['/fihris/', '/r/abc.html', undefined],
    ['/', '/../etc/passwd', '/srv/site/etc/passwd'],
    ['/', '/%2e%2e/%2e%2e/etc/passwd', '/srv/site/etc/passwd'],
    ['/', '/..%2f..%2fetc/passwd', undefined],
  ])('under base %j maps %j to %j', (base, url, want) => {
    expect(resolveRequestPath(root, base, url)).toBe(want);
  });
});

describe('startStaticServer', () => {
  test('serves files under the base path with their content type, and 404 elsewhere', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fihris-serve-'));
    await mkdir(join(dir, 'r'));
    await writeFile(join(dir, 'r', 'x.html'), '<p>فهرس</p>');
    const server = await startStaticServer({ root: dir, basePath: '/sub/' });
    try {
      const found = await fetch(`${server.url}r/x.html`);
      expect(found.status).toBe(200);
      expect(found.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await found.text()).toBe('<p>فهرس</p>');
      expect((await fetch(server.url.replace('/sub/', '/r/x.html'))).status).toBe(404);
      expect((await fetch(`${server.url}missing.html`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('cacheControl', () => {
  test.each([
    ['/srv/site/_astro/search.B1x2.js', 'public, max-age=31536000, immutable'],
    ['/srv/site/pagefind/index/ar_8f2c.pf_index', 'public, max-age=31536000, immutable'],
    ['/srv/site/pagefind/wasm.unknown.pagefind', 'no-cache'],
    ['/srv/site/pagefind/pagefind.js', 'no-cache'],
    ['/srv/site/fihris-index/p/3a9f01.bin', 'public, max-age=31536000, immutable'],
    ['/srv/site/fihris-index/root.json', 'no-cache'],
    ['/srv/site/r/abc.html', 'no-cache'],
  ])('gives %s the header %j', (path, want) => {
    expect(cacheControl(path)).toBe(want);
  });
});

describe('compression', () => {
  test('gzips text for a browser that accepts it, and leaves it plain otherwise', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fihris-serve-'));
    await writeFile(join(dir, 'index.html'), `<p>${'فهرس '.repeat(500)}</p>`);
    const server = await startStaticServer({ root: dir });
    try {
      const zipped = await fetch(server.url, { headers: { 'accept-encoding': 'gzip' } });
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(await zipped.text()).toContain('فهرس فهرس');
      const plain = await new Promise<import('node:http').IncomingMessage>((done) => get(server.url, done));
      expect(plain.headers['content-encoding']).toBeUndefined();
      plain.resume();
    } finally {
      await server.close();
    }
  });
});

describe('HTTP/2', () => {
  test('serves a file over HTTP/2 with TLS when given a certificate, gzipped, with its cache header', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fihris-serve-'));
    await mkdir(join(dir, 'fihris-index'));
    await writeFile(join(dir, 'fihris-index', 'root.json'), JSON.stringify({ title: 'فهرس'.repeat(100) }));
    const server = await startStaticServer({ root: dir, tls: localhostCertificate() });
    const session = connect(server.url, { rejectUnauthorized: false });
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
      const { headers, body } = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
        const stream = session.request({ ':path': '/fihris-index/root.json', 'accept-encoding': 'gzip' });
        const chunks: Buffer[] = [];
        let headers: Record<string, unknown> = {};
        stream.on('response', (h) => { headers = h; });
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done({ headers, body: Buffer.concat(chunks) }));
        stream.on('error', fail);
      });
      expect(headers[':status']).toBe(200);
      expect(headers['content-encoding']).toBe('gzip');
      expect(headers['cache-control']).toBe('no-cache');
      expect(JSON.parse(gunzipSync(body).toString('utf8')).title).toContain('فهرس');
    } finally {
      session.close();
      await server.close();
    }
  });
});
