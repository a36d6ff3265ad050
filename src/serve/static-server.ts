/**
 * A small static file server for the built site: what `fihris serve` and the browser tests
 * use. It stands in for any CDN: no rewrites, no server logic, only files, so that what
 * works here works on GitHub Pages or nginx. Listens on 127.0.0.1 only. Plain HTTP/1.1 by
 * default; given a certificate it speaks HTTP/2 over TLS, as CDNs do (the query benchmark).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** URL path the site lives under, e.g. "/fihris/" for a GitHub project site. Default "/". */
  basePath?: string;
  /** 0 picks a free port. */
  port?: number;
  /** PEM key and certificate: serve HTTP/2 over TLS (HTTP/1.1 still answered) at https://. */
  tls?: { key: string; cert: string };
}

export interface RunningServer {
  server: Server | Http2SecureServer;
  /** e.g. http://127.0.0.1:41234/fihris/ */
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const basePath = normalizeBasePath(options.basePath ?? '/');
  const serve = (request: IncomingMessage, response: ServerResponse) => {
    const filePath = resolveRequestPath(root, basePath, request.url ?? '/');
    if (!filePath) return sendNotFound(response);
    void sendFile(filePath, request, response);
  };
  // The HTTP/2 compatibility API's request and response stand in for HTTP/1.1's in what serve() uses.
  const server = options.tls
    ? createSecureServer({ ...options.tls, allowHTTP1: true }, serve as unknown as Parameters<typeof createSecureServer>[1])
    : createServer(serve);
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** "fihris" → "/fihris/"; "" → "/". */
export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The file a request path maps to, or undefined when it is outside the base or the root. */
export function resolveRequestPath(root: string, basePath: string, requestUrl: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (!pathname.startsWith(basePath) && `${pathname}/` !== basePath) return undefined;
  const relative = pathname.slice(basePath.length);
  const candidate = normalize(join(root, relative));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  return relative === '' || relative.endsWith('/') ? join(candidate, 'index.html') : candidate;
}

/** Text is gzipped when the browser accepts it, as every CDN and GitHub Pages do. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.jsonl', '.xml', '.txt', '.csv', '.svg']);

/**
 * How long a browser may keep a file: forever for content-hashed names (Astro's _astro/,
 * Pagefind's bundle and the project's index files), otherwise revalidate. The same rules go in
 * a CDN's configuration.
 */
export function cacheControl(relativePath: string): string {
  const hashed = /(^|\/)_astro\//.test(relativePath)
    || /(^|\/)pagefind\/.+\.pf_\w+$/.test(relativePath)
    || /(^|\/)fihris-index\/(?!root\.json$)./.test(relativePath);
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function sendFile(filePath: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const found = await stat(filePath).catch(() => undefined);
  const path = found?.isDirectory() ? join(filePath, 'index.html') : filePath;
  const file = found?.isDirectory() ? await stat(path).catch(() => undefined) : found;
  if (!file?.isFile()) return sendNotFound(response);
  const headers: Record<string, string | number> = {
    'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
    'cache-control': cacheControl(path.split(sep).join('/')),
    vary: 'accept-encoding',
  };
  const gzip = compressible.has(extname(path)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (!gzip) {
    response.writeHead(200, { ...headers, 'content-length': file.size });
    createReadStream(path).pipe(response);
    return;
  }
  response.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
  createReadStream(path).pipe(createGzip()).pipe(response);
}

function sendNotFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('404 غير موجود / Not found\n');
}
