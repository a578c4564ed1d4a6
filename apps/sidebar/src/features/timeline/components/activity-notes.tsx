import { createElement, useMemo, type ReactNode } from 'react';
import { parseNotes } from '@/components/rich-text/notes-dom';
import type { SafeNode } from '@/components/rich-text/safe-notes';

function render(nodes: readonly SafeNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.kind === 'text') return node.text;
    if (node.tag === 'br') return <br key={index} />;
    const link = node.href === undefined ? {} : { href: node.href, rel: 'noopener noreferrer', target: '_blank' };
    return createElement(node.tag, { key: index, ...link }, ...render(node.children));
  });
}

/** An activity's notes, rendered from the allowlist only: whatever else the HTML held is gone. */
export function ActivityNotes({ html, className = 'activity__notes' }: { html: string; className?: string }) {
  const content = useMemo(() => render(parseNotes(html)), [html]);
  if (content.length === 0) return null;
  return <div className={className}>{content}</div>;
}
