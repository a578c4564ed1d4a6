// What `pnpm bench:bundle` counts as the sidebar's first screen, and its budget (issue 16), apart from the build
// and the file system so that the rules can be tested.

/** The first screen's gzip budget: beyond it `pnpm bench:bundle` fails. */
export const FIRST_SCREEN_BUDGET_BYTES = 110 * 1024;

/** The part of a Vite manifest entry this script reads. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isDynamicEntry?: boolean;
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * Every script, module preload and stylesheet the built `index.html` names, as paths inside the build: what the
 * browser fetches before the sidebar can render (the favicon is not waited for).
 */
export function filesNamedByIndexHtml(html: string): string[] {
  const files: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const script = /^<script\b[^>]*\bsrc="([^"]+)"/.exec(tag);
    const link = /^<link\b(?=[^>]*\brel="(?:modulepreload|stylesheet)")[^>]*\bhref="([^"]+)"/.exec(tag);
    const url = script?.[1] ?? link?.[1];
    if (url && !/^[a-z]+:|^\/\//i.test(url)) files.push(url.replace(/^\//, ''));
  }
  return files;
}

/**
 * The parts of the message catalogs the app loads before its first render, one chunk per language
 * (src/locales/<language>.json?catalog=first, imported on demand; the `later` parts follow the first render). The
 * app loads exactly one of them, so the first screen counts the largest.
 */
export function firstCatalogChunks(manifest: Manifest): ManifestChunk[] {
  return Object.values(manifest).filter((chunk) => chunk.isDynamicEntry === true && /(^|\/)src\/locales\/[a-z]{2}\.json\?catalog=first$/.test(chunk.src ?? ''));
}

export interface BudgetVerdict {
  withinBudget: boolean;
  message: string;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export function firstScreenVerdict(gzipBytes: number, budgetBytes = FIRST_SCREEN_BUDGET_BYTES): BudgetVerdict {
  const withinBudget = gzipBytes <= budgetBytes;
  const over = withinBudget ? `${kB(budgetBytes - gzipBytes)} to spare` : `${kB(gzipBytes - budgetBytes)} over`;
  return { withinBudget, message: `first screen ${kB(gzipBytes)} gzip, budget ${kB(budgetBytes)}: ${over}` };
}
