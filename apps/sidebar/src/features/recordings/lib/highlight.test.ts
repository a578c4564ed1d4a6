import { describe, expect, it } from 'vitest';
import { formatOffset } from './format-offset';
import { highlightParts } from './highlight';

describe('highlighting search matches', () => {
  it('marks every case-insensitive occurrence, keeping the text as written', () => {
    expect(highlightParts('Renewal first, then the renewal date', 'RENEWAL')).toEqual([
      { text: 'Renewal', match: true },
      { text: ' first, then the ', match: false },
      { text: 'renewal', match: true },
      { text: ' date', match: false },
    ]);
  });

  it('marks Japanese text, and leaves markup-looking text as plain text', () => {
    expect(highlightParts('予算は承認済みです', '承認')).toEqual([
      { text: '予算は', match: false },
      { text: '承認', match: true },
      { text: '済みです', match: false },
    ]);
    expect(highlightParts('<b>bold</b>', 'b')[0]).toEqual({ text: '<', match: false });
  });

  it('marks nothing for an empty query or no match', () => {
    expect(highlightParts('hello', '  ')).toEqual([{ text: 'hello', match: false }]);
    expect(highlightParts('hello', 'xyz')).toEqual([{ text: 'hello', match: false }]);
  });
});

describe('recording offsets', () => {
  it('reads like Zoom’s clock', () => {
    expect([0, 65_250, 3_725_000].map(formatOffset)).toEqual(['0:00', '1:05', '1:02:05']);
  });
});
