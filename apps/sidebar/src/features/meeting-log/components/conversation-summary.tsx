import type { ConversationSummaryView } from '@c360/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadUrlOf } from '@/features/recordings';

interface ConversationSummaryProps {
  summary: ConversationSummaryView;
}

/** What the meeting's transcript said, in brief: its key lines by speaker, its topics, and the full transcript. */
export function ConversationSummary({ summary }: ConversationSummaryProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="conversation-summary" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="conversation-summary__title">
        {t('meetingLog.conversation.title')}
      </h4>
      {summary.topics.length > 0 && (
        <p className="conversation-summary__topics">
          <span className="conversation-summary__label">{t('meetingLog.conversation.topics')}</span> {summary.topics.join(t('meetingLog.panel.listSeparator'))}
        </p>
      )}
      {summary.keyLines.length > 0 && (
        <>
          <p className="conversation-summary__label">{t('meetingLog.conversation.keyLines')}</p>
          <ul className="conversation-summary__lines">
            {summary.keyLines.map((line) => (
              <li key={`${line.startTime}-${line.speakerName}`}>
                <span className="conversation-summary__speaker">{line.speakerName}</span> <q>{line.text}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.transcriptFileId !== null && (
        <a href={downloadUrlOf(summary.transcriptFileId)} download>
          {t('meetingLog.conversation.fullTranscript')}
        </a>
      )}
    </section>
  );
}
