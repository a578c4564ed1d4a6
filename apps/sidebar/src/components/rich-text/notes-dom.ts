import { toSafeNodes, type SafeNode } from './safe-notes';

/**
 * Parses notes into an inert document (DOMParser runs no script and loads no image) and keeps only the
 * allowlist; the result is rendered as React elements or DOM nodes, never as an HTML string.
 */
export const parseNotes = (html: string): SafeNode[] => toSafeNodes(new DOMParser().parseFromString(html, 'text/html').body.childNodes);

/** Builds the nodes in the live document element by element (the editor's starting content). */
export function appendSafeNodes(parent: Node, nodes: readonly SafeNode[]): void {
  for (const node of nodes) {
    if (node.kind === 'text') {
      parent.appendChild(document.createTextNode(node.text));
      continue;
    }
    const element = document.createElement(node.tag);
    if (node.href !== undefined) element.setAttribute('href', node.href);
    appendSafeNodes(element, node.children);
    parent.appendChild(element);
  }
}
