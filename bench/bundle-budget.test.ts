import { describe, expect, it } from 'vitest';
import { filesNamedByIndexHtml, firstScreenVerdict, FIRST_SCREEN_BUDGET_BYTES, firstCatalogChunks } from './bundle-budget';

describe('the files the built index.html names', () => {
  it('are its scripts, module preloads and stylesheets, as paths inside the build', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
      <script type="module" crossorigin src="/assets/index-a1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b2.js">
      <link rel="stylesheet" crossorigin href="/assets/index-c3.css">
      <link rel="preconnect" href="https://example.com">
    </head><body><div id="root"></div><script src="/zod-jitless.js"></script></body></html>`;
    expect(filesNamedByIndexHtml(html)).toEqual(['assets/index-a1.js', 'assets/vendor-b2.js', 'assets/index-c3.css', 'zod-jitless.js']);
  });

  it('leave out scripts from elsewhere and inline ones', () => {
    expect(filesNamedByIndexHtml('<script src="https://cdn.example.com/x.js"></script><script>1</script>')).toEqual([]);
  });
});

describe('the catalog chunks of the first screen', () => {
  it('are the first parts of the message catalogs, not their later parts, other JSON or chunks', () => {
    const chunk = (file: string, src: string) => ({ file, src, isDynamicEntry: true });
    const manifest = {
      'src/locales/en.json?catalog=first': chunk('assets/en-1.js', 'src/locales/en.json?catalog=first'),
      'src/locales/en.json?catalog=later': chunk('assets/en-2.js', 'src/locales/en.json?catalog=later'),
      'src/locales/ja.json?catalog=first': chunk('assets/ja-3.js', 'src/locales/ja.json?catalog=first'),
      'src/locales/glossary.json': chunk('assets/glossary-4.js', 'src/locales/glossary.json'),
      'src/features/people/people-tab.tsx': chunk('assets/people-5.js', 'src/features/people/people-tab.tsx'),
    };
    expect(firstCatalogChunks(manifest).map((entry) => entry.file)).toEqual(['assets/en-1.js', 'assets/ja-3.js']);
  });
});

describe('the first screen budget', () => {
  it('is 110 kB gzip', () => {
    expect(FIRST_SCREEN_BUDGET_BYTES).toBe(110 * 1024);
  });

  it('holds up to and including the budget', () => {
    expect(firstScreenVerdict(100 * 1024)).toEqual({ withinBudget: true, message: 'first screen 100.0 kB gzip, budget 110.0 kB: 10.0 kB to spare' });
    expect(firstScreenVerdict(FIRST_SCREEN_BUDGET_BYTES).withinBudget).toBe(true);
  });

  it('fails one byte over, saying by how much', () => {
    expect(firstScreenVerdict(FIRST_SCREEN_BUDGET_BYTES + 1).withinBudget).toBe(false);
    expect(firstScreenVerdict(120 * 1024).message).toBe('first screen 120.0 kB gzip, budget 110.0 kB: 10.0 kB over');
  });
});
