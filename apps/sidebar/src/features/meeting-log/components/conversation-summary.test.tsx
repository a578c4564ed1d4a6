import type { ConversationSummaryView } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { renderMarkup, textOf } from '@/test/render-markup';
import { ConversationSummary } from './conversation-summary';

const summary: ConversationSummaryView = {
  keyLines: [
    { speakerName: 'Mia Chen', text: 'Usage dropped 15 percent.', startTime: '2026-03-04T15:01:00.000Z' },
    { speakerName: '佐藤 花子', text: '金曜日までに見積書をお送りします。', startTime: '2026-03-04T15:02:00.000Z' },
  ],
  topics: ['dashboard', 'renewal'],
  transcriptFileId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  live: false,
};
const MEETING = 'ab/cd+==';

describe('the summary of the conversation in the after-call panel', () => {
  it('shows the topics, the key lines by speaker and a link to the full transcript', async () => {
    const html = await renderMarkup('en', <ConversationSummary meetingUuid={MEETING} summary={summary} />);
    expect(textOf(html)).toBe(
      'From the conversation Topics dashboard, renewal Key lines Mia Chen Usage dropped 15 percent. 佐藤 花子 金曜日までに見積書をお送りします。 Download the full transcript',
    );
    expect(html).toContain('href="/api/recording-files/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a/download"');
  });

  it('reads in Japanese, and links nowhere when there is no transcript file', async () => {
    const html = await renderMarkup('ja', <ConversationSummary meetingUuid={MEETING} summary={{ ...summary, topics: [], transcriptFileId: null }} />);
    expect(textOf(html)).toBe('会話の要点 主な発言 Mia Chen Usage dropped 15 percent. 佐藤 花子 金曜日までに見積書をお送りします。');
    expect(html).not.toContain('<a');
  });

  it('links the live transcript as text when the meeting was captured live', async () => {
    const html = await renderMarkup('en', <ConversationSummary meetingUuid={MEETING} summary={{ ...summary, transcriptFileId: null, live: true }} />);
    expect(html).toContain('href="/api/meetings/ab%2Fcd%2B%3D%3D/transcript.txt" download=""');
  });
});
