import { describe, expect, it } from 'vitest';
import type { ConversationLine } from './conversation-analyzer.ts';
import { ruleBasedAnalyzer } from './rule-based-analyzer.ts';

const at = (minute: number) => `2026-03-04T15:${String(minute).padStart(2, '0')}:00.000Z`;
const line = (speakerName: string, text: string, minute: number, language = 'en'): ConversationLine => ({ speakerName, text, startTime: at(minute), language });
const options = { now: new Date(at(0)), timeZone: 'America/New_York' };

describe('the summary of a conversation', () => {
  it('keeps each speaker’s lines with commitments, figures, risks or decisions, at most three each, in the order said', async () => {
    const lines = [
      line('Alex', 'Good morning everyone.', 0),
      line('Mia', 'Usage of the dashboard dropped 15 percent.', 1),
      line('Alex', "I'll send the renewal quote by Friday.", 2),
      line('Mia', 'Our main concern is the dashboard latency.', 3),
      line('Alex', 'We agreed on the renewal scope.', 4),
      line('Alex', 'Renewal pricing went up 3 percent.', 5),
      line('Alex', "I'll book the dashboard training.", 6),
      line('Mia', 'Sounds good.', 7),
    ];
    const { summary } = await ruleBasedAnalyzer.analyze(lines, options);
    expect(summary?.keyLines.map(({ speakerName, text }) => `${speakerName}: ${text}`)).toEqual([
      'Mia: Usage of the dashboard dropped 15 percent.',
      "Alex: I'll send the renewal quote by Friday.",
      'Mia: Our main concern is the dashboard latency.',
      // Alex's fourth weighty line is left out: the decision and the figure weigh the same, the earlier stays.
      'Alex: We agreed on the renewal scope.',
      "Alex: I'll book the dashboard training.",
    ]);
    expect(summary?.topics.slice(0, 2)).toEqual(['dashboard', 'renewal']);
  });

  it('takes Japanese topics from katakana and kanji runs, leaving out dates', async () => {
    const lines = [
      line('佐藤', 'ダッシュボードの表示が遅いという課題があります。', 0, 'ja'),
      line('田中', '来週までにダッシュボードの改善案をお送りします。', 1, 'ja'),
      line('佐藤', '契約更新の前に改善案を確認したいです。', 2, 'ja'),
      line('田中', '来週、契約更新の条件もご相談します。', 3, 'ja'),
    ];
    const { summary, actionItems } = await ruleBasedAnalyzer.analyze(lines, { now: new Date('2026-03-04T01:00:00Z'), timeZone: 'Asia/Tokyo' });
    expect(summary?.topics).toEqual(['ダッシュボード', '改善案', '契約更新']);
    expect(actionItems.map(({ ownerName, dueDate }) => [ownerName, dueDate])).toEqual([
      ['田中', '2026-03-13'],
      ['田中', '2026-03-13'],
    ]);
  });

  it('has no summary and no action items for a meeting nobody spoke in', async () => {
    expect(await ruleBasedAnalyzer.analyze([], options)).toEqual({ summary: null, actionItems: [] });
  });
});
