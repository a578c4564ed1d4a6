/**
 * Notes are rich text that other people wrote: they are never handed to innerHTML. A parsed (inert) tree
 * is reduced to this allowlist, which the timeline renders as React elements and the editor writes back
 * as canonical HTML.
 */
export const SAFE_TAGS = ['p', 'br', 'strong', 'em', 'u', 'ul', 'ol', 'li', 'a', 'blockquote'] as const;
export type SafeTag = (typeof SAFE_TAGS)[number];

export type SafeNode = { kind: 'text'; text: string } | { kind: 'element'; tag: SafeTag; href?: string; children: SafeNode[] };

/** The part of a DOM node the reduction reads, so it runs on DOMParser's output and on plain test trees. */
export interface HtmlNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNodeLike>;
  getAttribute?: (name: string) => string | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// What the browser's own editing commands produce, mapped to the tags the server keeps.
const ALIASES: Record<string, SafeTag> = { b: 'strong', i: 'em', div: 'p' };
// Dropped with everything inside: their content is code or media, never readable notes.
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'img',
  'svg',
  'math',
  'video',
  'audio',
  'noscript',
  'head',
  'title',
  'link',
  'meta',
  'input',
  'button',
  'select',
  'textarea',
]);
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

const isSafeTag = (name: string): name is SafeTag => (SAFE_TAGS as readonly string[]).includes(name);

/** An absolute http(s) or mailto URL as the browser would resolve it, or undefined for anything else. */
export function safeHref(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim());
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function reduceElement(node: HtmlNodeLike): SafeNode[] {
  const name = node.nodeName.toLowerCase();
  if (DROPPED.has(name)) return [];
  const children = toSafeNodes(node.childNodes);
  const tag = ALIASES[name] ?? (isSafeTag(name) ? name : undefined);
  // Unknown wrappers (span, font, h1…) keep their text; a link to an unsafe URL is text only.
  if (tag === undefined) return children;
  if (tag === 'a') {
    const href = safeHref(node.getAttribute?.('href'));
    return href === undefined ? children : [{ kind: 'element', tag, href, children }];
  }
  return [{ kind: 'element', tag, children: tag === 'br' ? [] : children }];
}

export function toSafeNodes(nodes: ArrayLike<HtmlNodeLike>): SafeNode[] {
  const result: SafeNode[] = [];
  for (const node of Array.from(nodes)) {
    if (node.nodeType === TEXT_NODE) {
      if (node.textContent) result.push({ kind: 'text', text: node.textContent });
    } else if (node.nodeType === ELEMENT_NODE) {
      result.push(...reduceElement(node));
    }
  }
  return result;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);

/** Canonical HTML of safe nodes: what the editor sends, so the server's sanitiser keeps all of it. */
export function serializeSafeNodes(nodes: readonly SafeNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return escapeHtml(node.text);
      if (node.tag === 'br') return '<br>';
      const attributes = node.href === undefined ? '' : ` href="${escapeHtml(node.href)}" rel="noopener noreferrer"`;
      return `<${node.tag}${attributes}>${serializeSafeNodes(node.children)}</${node.tag}>`;
    })
    .join('');
}
