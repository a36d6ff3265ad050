import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { byteTextOf, textOfByteText } from '../../../src/build/page-renderer/byte-text.ts';
import { finishPage, firstDifference, frameFromProbe } from '../../../src/build/page-renderer/page-frame.ts';

const policy = "default-src 'self'; script-src 'self'; style-src 'self'";
// Pages as the renderer holds them: their UTF-8 bytes, one character per byte.
const page = (head: string, body: string) =>
  byteTextOf(`<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"><title>t</title>${head}</head><body>${body}</body></html>`);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;
const site = { base: '/', assetsDir: '_astro' };

describe('frameFromProbe', () => {
  const rendered = page('', '<main></main><script type="module" src="/src/components/X.astro?astro&type=script&index=0&lang.ts"></script>');
  const built = page('<style>a{color:red}</style>', '<main></main><script type="module">run()</script>');

  it('takes the stylesheets Astro put at the end of the head', () => {
    expect(frameFromProbe(built, rendered).headStyles).toBe('<style>a{color:red}</style>');
  });

  it('pairs each script the container left as a src with the code Astro inlined', () => {
    expect(frameFromProbe(built, rendered).inlinedScripts).toEqual([['/src/components/X.astro?astro&type=script&index=0&lang.ts', 'run()']]);
  });

  it('gives the inlined code as text, the styles as bytes', () => {
    const arabic = frameFromProbe(
      page('<style>a::before{content:"ب"}</style>', '<script type="module">run("كتاب")</script>'),
      page('', '<script type="module" src="/src/components/X.astro?astro&type=script&index=0&lang.ts"></script>'),
    );
    expect(arabic.inlinedScripts[0][1]).toBe('run("كتاب")');
    expect(textOfByteText(arabic.headStyles)).toBe('<style>a::before{content:"ب"}</style>');
  });

  it('refuses probes whose scripts do not pair up', () => {
    expect(() => frameFromProbe(page('', ''), rendered)).toThrow('the probe page has 0 inlined scripts in Astro\'s build and 1 in the container\'s');
  });
});

describe('finishPage', () => {
  const headStyles = byteTextOf('<style>a{}</style>');

  it('puts the stylesheet before the real </head>, not one inside an attribute', () => {
    const html = finishPage(page('<meta property="og:title" content="</head>">', ''), 'r/a.html', headStyles, site);
    expect(html).toContain('content="</head>"><style>a{}</style></head><body>');
  });

  it('adds the hash of the inlined stylesheet to the Content-Security-Policy', () => {
    const html = finishPage(page('', ''), 'r/a.html', headStyles, site);
    expect(html).toContain(`style-src 'self' ${sha256('a{}')}`);
  });

  it('hashes the bytes of Arabic inline code, and leaves its letters as they were', () => {
    // ؠ and ٠ end in byte 0xA0, which read as Latin-1 is a no-break space.
    const styles = byteTextOf('<style>a::before{content:"ؠ٠"}</style>');
    const script = 'document.title="فهرس ٠"';
    const html = finishPage(page('<meta property="og:title" content="كتاب ؠ">', `<p>الفقه</p><script>${script}</script>`), 'r/a.html', styles, site);
    const text = textOfByteText(html);
    expect(text).toContain(`style-src 'self' ${sha256('a::before{content:"ؠ٠"}')}`);
    expect(text).toContain(`script-src 'self' ${sha256(script)}`);
    expect(text).toContain('content="كتاب ؠ"><style>a::before{content:"ؠ٠"}</style></head><body><p>الفقه</p>');
  });

  it('makes bundled asset URLs relative to the page', () => {
    const html = finishPage(page('', '<script type="module" src="/_astro/x.js"></script>'), 'en/r/a.html', headStyles, site);
    expect(html).toContain('src="../../_astro/x.js"');
  });
});

describe('firstDifference', () => {
  it('says where two pages part', () => {
    expect(firstDifference('abcdef', 'abcxef')).toMatch(/^at character 3:/);
  });
});
