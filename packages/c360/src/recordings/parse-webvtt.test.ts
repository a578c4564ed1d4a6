import { describe, expect, it } from 'vitest';
import { parseWebVtt } from './parse-webvtt.ts';

describe('reading a WebVTT transcript', () => {
  it('attributes Zoom’s "Name: " cues to their speakers, with their offsets', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.500\nAlex Doe: Hello everyone\n\n2\n00:01:05.250 --> 00:01:07.000\nMia Chen: Thanks, Alex.\n';
    expect(parseWebVtt(vtt)).toEqual([
      { startMs: 1000, endMs: 4500, speaker: 'Alex Doe', text: 'Hello everyone' },
      { startMs: 65_250, endMs: 67_000, speaker: 'Mia Chen', text: 'Thanks, Alex.' },
    ]);
  });

  it('reads <v> voice spans, markup and entities, CRLF line ends and cues without an identifier', () => {
    const vtt = 'WEBVTT\r\n\r\n00:02.000 --> 00:03.000 align:start\r\n<v.loud Mia Chen>Tom &amp; <b>Jerry</b></v>\r\n';
    expect(parseWebVtt(vtt)).toEqual([{ startMs: 2000, endMs: 3000, speaker: 'Mia Chen', text: 'Tom & Jerry' }]);
  });

  it('keeps the lines of a multi-line cue together, and Japanese text as it is', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:10.000 --> 00:00:14.000\n佐藤 花子: 来週のQBRについて\n資料を共有します。\n';
    expect(parseWebVtt(vtt)).toEqual([{ startMs: 10_000, endMs: 14_000, speaker: '佐藤 花子', text: '来週のQBRについて\n資料を共有します。' }]);
  });

  it('leaves a cue without a speaker unattributed, and does not take a clock time for one', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nWe start at 10:30 sharp\n';
    expect(parseWebVtt(vtt)).toEqual([{ startMs: 1000, endMs: 2000, text: 'We start at 10:30 sharp' }]);
  });

  it('skips NOTE and STYLE blocks, empty cues and garbage, and reads blank input as no lines', () => {
    const vtt = 'WEBVTT\n\nNOTE made by Zoom\n\nSTYLE\n::cue { color: red }\n\n1\n00:00:01.000 --> 00:00:02.000\n\n\nnot a cue at all\n--> nope';
    expect(parseWebVtt(vtt)).toEqual([]);
    expect(parseWebVtt('')).toEqual([]);
    expect(parseWebVtt('\u0000\u0001 binary garbage')).toEqual([]);
  });
});
