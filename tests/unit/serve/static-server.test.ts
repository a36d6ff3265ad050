import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalizeBasePath, resolveRequestPath, startStaticServer } from '../../../src/serve/static-server.ts';

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
