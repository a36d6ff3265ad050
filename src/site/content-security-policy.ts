/**
 * The Content-Security-Policy of every page, as a <meta http-equiv> (a static host sets no
 * headers). Nothing loads from another origin; inline code runs only when its hash is in
 * the policy. Astro inlines the stylesheet (and small scripts) after the pages render, so
 * the hashes are filled in after the build: the layout writes the policy, this integration
 * adds the hash of each inline <style> and <script> of that page.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forEachTag, type Tag } from './html-tags.ts';

export interface PolicyOptions {
  /** The search page runs Pagefind's WebAssembly. */
  wasm?: boolean;
}

/**
 * The policy before hashes are added.
 * @example contentSecurityPolicy({}) // "default-src 'self'; script-src 'self'; …"
 */
export function contentSecurityPolicy({ wasm = false }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * `html` with the hash of each inline style and script added to its policy. JSON-LD is
 * data, never run, so it needs no hash.
 */
export function addInlineHashes(html: string): string {
  return withInlineHashes(html, inlineElements(html));
}

/**
 * `html` with the hashes of these inline elements, the page's own in page order, added to its
 * policy. `encoding` says how the texts become the bytes the browser hashes: 'latin1' when the
 * page is held as its UTF-8 bytes, one character per byte (build/page-renderer/byte-text.ts).
 */
export function withInlineHashes<Html extends string>(html: Html, elements: InlineElement[], encoding: 'utf8' | 'latin1' = 'utf8'): Html {
  const styles = elements.filter((e) => e.tag === 'style').map((e) => hash(e.text, encoding));
  const scripts = elements.filter((e) => e.tag === 'script' && !/\bsrc=|application\/ld\+json/.test(e.attributes)).map((e) => hash(e.text, encoding));
  return html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/, (_whole, start: string, policy: string) => {
    const withHashes = policy
      .replace("script-src 'self'", ["script-src 'self'", ...new Set(scripts)].join(' '))
      .replace("style-src 'self'", ["style-src 'self'", ...new Set(styles)].join(' '));
    return `${start}${withHashes}"`;
  }) as Html;
}

export interface InlineElement { tag: 'script' | 'style'; attributes: string; text: string }

/**
 * The real <script> and <style> elements of a page, found by walking its tags. A regex
 * over the whole page would also "find" `<script>` written inside an attribute value
 * (a title in og:title is data, and its "<" is not escaped there), and would then allow
 * that text to run. Tags are read quote-aware; text nodes never hold a raw "<".
 */
export function inlineElements(html: string): InlineElement[] {
  const found: InlineElement[] = [];
  forEachTag(html, (tag) => {
    const element = inlineElementOf(tag);
    if (element) found.push(element);
  });
  return found;
}

/** The tag as an inline element when it is a <script> or <style> (the walk gave it its text). */
export function inlineElementOf({ name, attributes, text }: Tag): InlineElement | undefined {
  return text === undefined ? undefined : { tag: name as InlineElement['tag'], attributes, text };
}

/** The hashes of inline texts seen: the site's own stylesheet and scripts, the same few on every page. */
const hashOfText = { utf8: new Map<string, string>(), latin1: new Map<string, string>() };

function hash(text: string, encoding: 'utf8' | 'latin1'): string {
  const seen = hashOfText[encoding];
  let known = seen.get(text);
  if (known === undefined) {
    if (seen.size >= 64) seen.clear();
    known = `'sha256-${createHash('sha256').update(text, encoding).digest('base64')}'`;
    seen.set(text, known);
  }
  return known;
}

export function inlineHashes(): AstroIntegration {
  return {
    name: 'fihris-csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.html'))) {
          const file = join(entry.parentPath, entry.name);
          const html = await readFile(file, 'utf8');
          const hashed = addInlineHashes(html);
          if (hashed !== html) await writeFile(file, hashed);
        }
      },
    },
  };
}
