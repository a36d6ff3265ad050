/**
 * What `astro build` adds to a record page after the components render, found on a probe
 * page Astro rendered and then added the same way to each page the record renderer makes:
 * the inlined stylesheet (build.inlineStylesheets 'always') at the end of <head>, and the
 * code of each bundled script inlined where the container writes `<script src="<id>">`.
 * Then the same two passes Astro's build runs over its own pages: the Content-Security-Policy
 * hashes and the relative asset URLs.
 */
import { inlineElementOf, inlineElements, withInlineHashes, type InlineElement } from '../../site/content-security-policy.ts';
import { closingHeadIndex, forEachTag } from '../../site/html-tags.ts';
import { rewriteAssetUrls } from '../../site/relative-asset-urls.ts';
import { byteTextOf, textOfByteText, type ByteText } from './byte-text.ts';

export interface PageFrame {
  /** The `<style>…</style>` elements Astro put at the end of the probe's <head>, as byte text. */
  headStyles: ByteText;
  /** Bundled script id → the code Astro inlined for it (text: the container takes it as text). */
  inlinedScripts: Array<[string, string]>;
}

export interface SiteBase {
  /** The site's base path with a trailing slash, e.g. "/" or "/fihris/". */
  base: string;
  /** Astro's assets folder ("_astro"). */
  assetsDir: string;
}

const containerScript = /<script type="module" src="([^"]*)"><\/script>/g;
const inlineModule = /<script type="module">([\s\S]*?)<\/script>/g;
// The <style> elements that end a <head>: a stylesheet's text never holds "</style>".
const trailingStyles = /(?:<style>(?:(?!<\/style>)[\s\S])*<\/style>)+$/;

/**
 * The frame, from a probe page as Astro wrote it (`built`) and the same page as the
 * container renders it (`rendered`), both as byte text. The caller then checks the framed
 * page against the probe byte for byte (see render-pages.ts).
 */
export function frameFromProbe(built: ByteText, rendered: ByteText): PageFrame {
  const builtHead = closingHeadIndex(built);
  if (builtHead === -1) throw new Error('Record renderer: the probe page Astro built has no </head>; cannot find the stylesheet it inlined.');
  const headStyles = (trailingStyles.exec(built.slice(0, builtHead))?.[0] ?? '') as ByteText;
  const ids = [...rendered.matchAll(containerScript)].map((m) => m[1]);
  const codes = [...built.matchAll(inlineModule)].map((m) => m[1]);
  if (ids.length !== codes.length) throw new Error(`Record renderer: the probe page has ${codes.length} inlined scripts in Astro's build and ${ids.length} in the container's.`);
  return { headStyles, inlinedScripts: ids.map((id, index) => [textOfByteText(id as ByteText), textOfByteText(codes[index] as ByteText)]) };
}

/**
 * A page from the container made into what `astro build` writes for it: the frame's styles at
 * the end of its <head>, then the policy's hashes of its inline elements, as addInlineHashes
 * gives them for the framed page, from one walk of the page (the head styles' own elements
 * are read once per route's styles). The page, the styles and the result are byte text (byte-text.ts): the
 * page is framed as the bytes the container gave and the file will hold.
 */
export function finishPage(rendered: ByteText, pagePath: string, headStyles: ByteText, site: SiteBase): ByteText {
  const { head, elements } = pageOutline(rendered);
  const framed = (head === -1 ? rendered : `${rendered.slice(0, head)}${headStyles}${rendered.slice(head)}`) as ByteText;
  const inline = head === -1 ? elements.map(([, element]) => element) : [
    ...elements.filter(([start]) => start < head).map(([, element]) => element),
    ...stylesElements(headStyles),
    ...elements.filter(([start]) => start >= head).map(([, element]) => element),
  ];
  const hashed = withInlineHashes(framed, inline, 'latin1');
  const base = byteTextOf(site.base);
  const assetsDir = byteTextOf(site.assetsDir);
  return hashed.includes(`="${base}${assetsDir}/`) ? rewriteAssetUrls(hashed, byteTextOf(pagePath), base, assetsDir) as ByteText : hashed;
}

/**
 * Where the page's real `</head>` is (closingHeadIndex: before any <body>; -1 if none) and its
 * inline elements with where each starts, in one walk.
 */
function pageOutline(html: string): { head: number; elements: Array<[number, InlineElement]> } {
  let head = -1;
  let inBody = false;
  const elements: Array<[number, InlineElement]> = [];
  forEachTag(html, (tag) => {
    if (head === -1 && !inBody) {
      if (tag.closing && tag.name === 'head') head = tag.start;
      else if (!tag.closing && tag.name === 'body') inBody = true;
    }
    const element = inlineElementOf(tag);
    if (element) elements.push([tag.start, element]);
  });
  return { head, elements };
}

/** The elements of each route's head styles: a few, each the same on every page of its route. */
const elementsOfStyles = new Map<string, InlineElement[]>();

function stylesElements(headStyles: ByteText): InlineElement[] {
  let elements = elementsOfStyles.get(headStyles);
  if (!elements) elementsOfStyles.set(headStyles, (elements = inlineElements(headStyles)));
  return elements;
}

/** The first place two pages differ, for the error that says the renderer went wrong. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at character ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 80))} vs ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 80))}`;
}
