import { describe, expect, it } from 'vitest';
import { parseZoomChat } from './parse-zoom-chat.ts';

describe('reading a Zoom chat file', () => {
  it('reads the older tab-separated format, recipients left out of the speaker', () => {
    const chat = '00:01:02\t From  Alex Doe : hi all\n00:02:10\t From  Mia Chen  to  Everyone : see: the deck\n';
    expect(parseZoomChat(chat)).toEqual([
      { startMs: 62_000, speaker: 'Alex Doe', text: 'hi all' },
      { startMs: 130_000, speaker: 'Mia Chen', text: 'see: the deck' },
    ]);
  });

  it('reads the newer format with the message on indented lines below its header', () => {
    const chat = '12:03:04 From Alex Doe to Everyone:\n\thi\n\tsecond line\n12:04:00 From 佐藤 花子 to Alex Doe(Direct Message):\n\tありがとうございます\n';
    expect(parseZoomChat(chat)).toEqual([
      { startMs: 43_384_000, speaker: 'Alex Doe', text: 'hi\nsecond line' },
      { startMs: 43_440_000, speaker: '佐藤 花子', text: 'ありがとうございます' },
    ]);
  });

  it('reads a newer header with its message on the same line', () => {
    expect(parseZoomChat('09:00:01 From Alex Doe to Everyone: ok\r\n')).toEqual([{ startMs: 32_401_000, speaker: 'Alex Doe', text: 'ok' }]);
  });

  it('skips text before the first message, empty messages, and blank or garbage input', () => {
    expect(parseZoomChat('Saved chat\n12:00:00 From Alex Doe to Everyone:\n')).toEqual([]);
    expect(parseZoomChat('')).toEqual([]);
    expect(parseZoomChat('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nnot chat')).toEqual([]);
  });
});
