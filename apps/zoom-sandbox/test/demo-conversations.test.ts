import { describe, expect, it } from 'vitest';
import { DEMO_CONVERSATIONS } from '../src/speech/demo-conversations.ts';
import type { ScriptLine } from '../src/speech/script-line.ts';
import { createMeetings, defaultMeeting } from '../src/meetings/meetings.ts';
import { speakersOf } from '../src/speech/speakers-of.ts';

const languages = ['en', 'ja'] as const;
const said = (script: readonly ScriptLine[], pattern: RegExp) => script.filter((line) => pattern.test(line.text));

// Commitments as the scripts phrase them: a first-person promise with a date, or 「…までに…します」.
const COMMITMENT = {
  en: /\b(I'll|we'll)\b.*\b(today|by (Monday|Tuesday|Wednesday|Thursday|Friday|next \w+|the end of the month)|next week)\b/i,
  ja: /(本日中に|までに|来週中に).*(します|送ります|お送りします)。/,
};

describe('the demo conversations (the QBR with Northwind)', () => {
  it('exist in English and Japanese, 25 to 35 lines each, every line in its script’s language', () => {
    for (const language of languages) {
      const script = DEMO_CONVERSATIONS[language];
      expect(script.length).toBeGreaterThanOrEqual(25);
      expect(script.length).toBeLessThanOrEqual(35);
      expect(new Set(script.map((line) => line.language))).toEqual(new Set([language]));
    }
    expect(said(DEMO_CONVERSATIONS.ja, /[ぁ-ん]/)).toHaveLength(DEMO_CONVERSATIONS.ja.length);
  });

  it('is spoken only by participants of the demo meeting, on both sides', () => {
    const meeting = defaultMeeting(createMeetings());
    for (const language of languages) {
      const speakers = speakersOf(meeting, DEMO_CONVERSATIONS[language]);
      expect(speakers).toMatchObject({ ok: true });
      if (!speakers.ok) continue;
      const names = [...speakers.bySpeaker.values()].map((participant) => participant.screenName).sort();
      expect(names).toEqual(['Alex Morgan', 'Emma Clark', 'Jordan Blake', 'Liam Nguyen', 'Olivia Park']);
    }
  });

  it('carries commitments with dates from both sides, look-alikes without them, and a renewal at risk', () => {
    for (const language of languages) {
      const script = DEMO_CONVERSATIONS[language];
      const commitments = said(script, COMMITMENT[language]);
      expect(commitments.length).toBeGreaterThanOrEqual(6);
      expect(commitments.some((line) => line.speaker === 'host')).toBe(true);
      expect(commitments.some((line) => line.speaker !== 'host')).toBe(true);
    }
    expect(said(DEMO_CONVERSATIONS.en, /renewal is at risk/)).toHaveLength(1);
    expect(said(DEMO_CONVERSATIONS.en, /can't promise|think about|Could you send|We sent/)).toHaveLength(4);
    expect(said(DEMO_CONVERSATIONS.ja, /更新は難しい/)).toHaveLength(1);
    expect(said(DEMO_CONVERSATIONS.ja, /来週までに見積もりを送ります/)).toHaveLength(1);
    expect(said(DEMO_CONVERSATIONS.ja, /月末までに/)).toHaveLength(1);
    expect(said(DEMO_CONVERSATIONS.ja, /お約束できません|検討したい|送っていただけますか|先週お送りした/)).toHaveLength(4);
  });
});
