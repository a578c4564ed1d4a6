import { describe, expect, it } from 'vitest';
import { playConversation } from '../src/speech/conversation-player.ts';
import { spokenMs, timeLines, type TimedLine } from '../src/speech/line-timing.ts';
import type { ScriptLine } from '../src/speech/script-line.ts';
import { manualClock } from './support/manual-clock.ts';

const script: ScriptLine[] = [
  { speaker: 'host', text: 'one two three four five', language: 'en' },
  { speaker: 'Emma Clark', text: 'six seven eight nine ten', language: 'en' },
  { speaker: 'Liam Nguyen', text: '来週までに見積もりを送ります。', language: 'ja' },
];

function play(speed: number) {
  const { clock, advance, elapsed, pending } = manualClock();
  const heard: Array<{ line: TimedLine; at: number }> = [];
  const began: Array<{ line: TimedLine; at: number }> = [];
  let finished = false;
  const playback = playConversation(
    timeLines(script, speed),
    { begins: (line) => began.push({ line, at: elapsed() }), said: (line) => heard.push({ line, at: elapsed() }) },
    clock,
    () => (finished = true),
  );
  return { playback, heard, began, advance, pending, isFinished: () => finished };
}

describe('the conversation player', () => {
  it('times lines by their length: English by words, Japanese by characters, gaps between turns', () => {
    expect(spokenMs({ text: 'one two three four five', language: 'en' })).toBe(2000);
    expect(spokenMs({ text: '来週までに見積もりを送ります。', language: 'ja' })).toBe(2143);
    expect(timeLines(script, 1).map(({ startMs, endMs }) => [startMs, endMs])).toEqual([
      [0, 2000],
      [2600, 4600],
      [5200, 7343],
    ]);
  });

  it('emits every line in order when its speaker finishes it, at the chosen speed', () => {
    const { heard, advance, isFinished } = play(2);
    advance(999);
    expect(heard).toEqual([]);
    advance(1);
    expect(heard.map(({ at, line }) => [at, line.speaker])).toEqual([[1000, 'host']]);
    advance(10_000);
    expect(heard.map(({ at, line }) => [at, line.speaker])).toEqual([
      [1000, 'host'],
      [2300, 'Emma Clark'],
      [3672, 'Liam Nguyen'],
    ]);
    expect(isFinished()).toBe(true);
  });

  it('has each speaker begin at the start of their line, before the line is said', () => {
    const { began, heard, advance } = play(2);
    advance(1299);
    expect(began.map(({ at, line }) => [at, line.speaker])).toEqual([[0, 'host']]);
    advance(1);
    expect(began.map(({ at, line }) => [at, line.speaker])).toEqual([
      [0, 'host'],
      [1300, 'Emma Clark'],
    ]);
    expect(heard.map(({ line }) => line.speaker)).toEqual(['host']);
    advance(10_000);
    expect(began.map(({ at }) => at)).toEqual([0, 1300, 2600]);
  });

  it('stops: nothing more is emitted and no timer is left', () => {
    const { playback, heard, advance, pending, isFinished } = play(1);
    advance(2000);
    playback.stop();
    advance(60_000);
    expect(heard.map(({ line }) => line.speaker)).toEqual(['host']);
    expect(playback).toMatchObject({ played: 1, finished: true });
    expect(isFinished()).toBe(true);
    expect(pending()).toBe(0);
  });
});
