import { describe, expect, it } from 'vitest';
import { safeHref, serializeSafeNodes, toSafeNodes, type HtmlNodeLike } from './safe-notes';

// Trees shaped as DOMParser builds them, so the reduction is tested without a DOM.
const text = (value: string): HtmlNodeLike => ({ nodeType: 3, nodeName: '#text', textContent: value, childNodes: [] });
const el = (name: string, attributes: Record<string, string>, ...children: HtmlNodeLike[]): HtmlNodeLike => ({
  nodeType: 1,
  nodeName: name.toUpperCase(),
  textContent: null,
  childNodes: children,
  getAttribute: (attribute) => attributes[attribute] ?? null,
});

describe('safe notes', () => {
  it('drops an <img onerror> and a <script> with everything inside', () => {
    const nodes = toSafeNodes([el('p', {}, text('Hi'), el('img', { src: 'x', onerror: 'alert(1)' })), el('script', {}, text('alert(2)'))]);
    expect(nodes).toEqual([{ kind: 'element', tag: 'p', children: [{ kind: 'text', text: 'Hi' }] }]);
    expect(serializeSafeNodes(nodes)).toBe('<p>Hi</p>');
  });

  it('keeps the text of a javascript: link but not the link', () => {
    const nodes = toSafeNodes([el('a', { href: 'javascript:alert(1)' }, text('click')), el('a', { href: ' java\tscript:alert(1)' }, text('me'))]);
    expect(nodes).toEqual([
      { kind: 'text', text: 'click' },
      { kind: 'text', text: 'me' },
    ]);
  });

  it('keeps http, https and mailto links, and no other attribute', () => {
    const nodes = toSafeNodes([el('a', { href: 'https://acme.example/a?b=1', onclick: 'x()', style: 'color:red' }, text('Acme'))]);
    expect(serializeSafeNodes(nodes)).toBe('<a href="https://acme.example/a?b=1" rel="noopener noreferrer">Acme</a>');
    expect(safeHref('mailto:emma@acme.example')).toBe('mailto:emma@acme.example');
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
  });

  it('maps what the browser’s editing commands produce to the tags the server keeps', () => {
    const nodes = toSafeNodes([
      el('div', {}, el('b', {}, text('bold')), el('i', {}, text('it')), el('span', { style: 'x' }, text('plain')), el('br', {}, text('lost'))),
    ]);
    expect(serializeSafeNodes(nodes)).toBe('<p><strong>bold</strong><em>it</em>plain<br></p>');
  });

  it('escapes text, so markup typed as words stays words', () => {
    const nodes = toSafeNodes([text('<img src=x onerror=alert(1)> & "quotes"')]);
    expect(serializeSafeNodes(nodes)).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
  });
});
