import type { Activity } from '@c360/contracts';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftFields } from '../lib/local-draft';
import type { MergeChoice } from '../lib/draft-sync';
import { ActivityNotes } from './activity-notes';

interface MergePanelProps {
  mine: DraftFields;
  theirs: Activity;
  onChoose: (choice: MergeChoice) => void;
}

function Version({ title, subject, notes }: { title: string; subject: string; notes: string }) {
  return (
    <section className="merge__version" aria-label={title}>
      <h4 className="merge__title">{title}</h4>
      <p className="merge__subject">{subject}</p>
      <ActivityNotes html={notes} className="merge__notes" />
    </section>
  );
}

/** The draft changed elsewhere (another window): both versions side by side, and the user decides. */
export function MergePanel({ mine, theirs, onChoose }: MergePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The user must decide before anything is saved again: take them to the question.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel merge" role="alertdialog" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-intro`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1} className="merge__heading">
        {t('timeline.merge.title')}
      </h3>
      <p id={`${id}-intro`} className="muted">
        {t('timeline.merge.intro')}
      </p>
      <div className="merge__versions">
        <Version title={t('timeline.merge.mine')} subject={mine.subject} notes={mine.notes} />
        <Version title={t('timeline.merge.theirs')} subject={theirs.subject} notes={theirs.notes} />
      </div>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => onChoose('mine')}>
          {t('timeline.merge.keepMine')}
        </button>
        <button type="button" className="button" onClick={() => onChoose('theirs')}>
          {t('timeline.merge.useTheirs')}
        </button>
        <button type="button" className="button" onClick={() => onChoose('combine')}>
          {t('timeline.merge.combine')}
        </button>
      </div>
    </section>
  );
}
