import { meetingEndpoints, type ConversationSummaryView } from '@c360/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadUrlOf } from '@/features/recordings';

interface ConversationSummaryProps {
  meetingUuid: string;
  summary: ConversationSummaryView;
}

/** Where the full transcript downloads from: the live capture's text, else the recording's file. */
const fullTranscriptUrl = (meetingUuid: string, { live, transcriptFileId }: ConversationSummaryView): string | null =>
  live ? meetingEndpoints.transcriptText.path({ meetingUuid }) : transcriptFileId === null ? null : downloadUrlOf(transcriptFileId);

/** What the meeting's transcript said, in brief: its key lines by speaker, its topics, and the full transcript. */
export function ConversationSummary({ meetingUuid, summary }: ConversationSummaryProps) {
  const { t } = useTranslation();
  const id = useId();
  const fullTranscript = fullTranscriptUrl(meetingUuid, summary);
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
      {fullTranscript !== null && (
        <a href={fullTranscript} download>
          {t('meetingLog.conversation.fullTranscript')}
        </a>
      )}
    </section>
  );
}
