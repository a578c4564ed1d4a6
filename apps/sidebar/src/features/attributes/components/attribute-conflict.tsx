import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface AttributeConflictProps {
  label: string;
  /** Both values as read-only text ("not set" included). */
  theirs: string;
  mine: string;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** Someone saved this field while the user was editing it: both values side by side, and the user decides. */
export function AttributeConflict({ label, theirs, mine, onKeepMine, onUseTheirs }: AttributeConflictProps) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLParagraphElement>(null);
  // Nothing is saved until the user chooses: take them to the question.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="panel attribute__conflict" role="alertdialog" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} ref={heading} tabIndex={-1} className="attribute__conflict-title">
        {t('attributes.conflict.title', { label })}
      </p>
      <dl className="attribute__versions">
        <dt>{t('attributes.conflict.theirs')}</dt>
        <dd>{theirs}</dd>
        <dt>{t('attributes.conflict.mine')}</dt>
        <dd>{mine}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onKeepMine}>
          {t('attributes.conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={onUseTheirs}>
          {t('attributes.conflict.useTheirs')}
        </button>
      </div>
    </div>
  );
}
