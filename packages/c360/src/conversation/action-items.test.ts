import { describe, expect, it } from 'vitest';
import type { ActionItem } from './conversation-analyzer.ts';
import { englishMeeting } from './labelled/english.ts';
import { japaneseMeeting } from './labelled/japanese.ts';
import type { LabelledMeeting } from './labelled/labelled-line.ts';
import { ruleBasedAnalyzer } from './rule-based-analyzer.ts';

const MINIMUM = 0.8;

interface Score {
  precision: number;
  recall: number;
}

const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);

/** Precision and recall, per line, of the action items found, their owners and their due dates. */
async function scoreOf(meeting: LabelledMeeting): Promise<Record<'actionItems' | 'owners' | 'dueDates', Score>> {
  const { actionItems } = await ruleBasedAnalyzer.analyze(
    meeting.lines.map(({ line }) => line),
    { now: meeting.now, timeZone: meeting.timeZone },
  );
  const found = new Map<string, ActionItem>();
  for (const item of actionItems) if (!found.has(item.sourceLine.startTime)) found.set(item.sourceLine.startTime, item);
  const judged = meeting.lines.map((labelled) => ({ labelled, item: found.get(labelled.line.startTime) }));
  const hits = judged.filter(({ labelled, item }) => labelled.actionItem && item);
  const owned = hits.filter(
    ({ labelled: { line }, item }) => item!.ownerName === line.speakerName && item!.personId === line.personId && item!.userId === line.userId,
  );
  const dated = judged.filter(({ item }) => item?.dueDate !== undefined);
  const rightDates = hits.filter(({ labelled, item }) => labelled.dueDate !== undefined && item!.dueDate === labelled.dueDate);
  const labelledItems = meeting.lines.filter((labelled) => labelled.actionItem).length;
  return {
    actionItems: { precision: ratio(hits.length, found.size), recall: ratio(hits.length, labelledItems) },
    owners: { precision: ratio(owned.length, found.size), recall: ratio(owned.length, labelledItems) },
    dueDates: {
      precision: ratio(rightDates.length, dated.length),
      recall: ratio(rightDates.length, meeting.lines.filter((labelled) => labelled.dueDate !== undefined).length),
    },
  };
}

describe('the rule-based action items against the labelled transcripts', () => {
  it.each([
    ['en', englishMeeting],
    ['ja', japaneseMeeting],
  ] as const)('finds %s action items, owners and due dates with precision and recall of at least 0.8', async (language, meeting) => {
    expect(meeting.lines.length).toBeGreaterThanOrEqual(60);
    const score = await scoreOf(meeting);
    const rows = Object.entries(score).map(([measure, { precision, recall }]) => ({
      language,
      measure,
      precision: precision.toFixed(3),
      recall: recall.toFixed(3),
    }));
    console.log(`Action items (${language}, ${meeting.lines.length} labelled lines)`);
    console.table(rows);
    for (const { precision, recall } of Object.values(score)) {
      expect(precision).toBeGreaterThanOrEqual(MINIMUM);
      expect(recall).toBeGreaterThanOrEqual(MINIMUM);
    }
  });
});
