import { describe, expect, it } from 'vitest';
import { finishPage, firstDifference, frameFromProbe } from '../../../src/build/page-renderer/page-frame.ts';

const policy = "default-src 'self'; script-src 'self'; style-src 'self'";
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"><title>t</title>${head}</head><body>${body}</body></html>`;
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

  it('refuses probes whose scripts do not pair up', () => {
    expect(() => frameFromProbe(page('', ''), rendered)).toThrow('the probe page has 0 inlined scripts in Astro\'s build and 1 in the container\'s');
  });
});

describe('finishPage', () => {
  const frame = { headStyles: '<style>a{}</style>', inlinedScripts: [] };

  it('puts the stylesheet before the real </head>, not one inside an attribute', () => {
    const html = finishPage(page('<meta property="og:title" content="</head>">', ''), 'r/a.html', frame, site);
    expect(html).toContain('content="</head>"><style>a{}</style></head><body>');
  });

  it('adds the hash of the inlined stylesheet to the Content-Security-Policy', () => {
    const html = finishPage(page('', ''), 'r/a.html', frame, site);
    expect(html).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  });

  it('makes bundled asset URLs relative to the page', () => {
    const html = finishPage(page('', '<script type="module" src="/_astro/x.js"></script>'), 'en/r/a.html', frame, site);
    expect(html).toContain('src="../../_astro/x.js"');
  });
});

describe('firstDifference', () => {
  it('says where two pages part', () => {
    expect(firstDifference('abcdef', 'abcxef')).toMatch(/^at character 3:/);
  });
});
