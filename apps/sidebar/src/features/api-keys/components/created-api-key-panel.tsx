import type { CreatedApiKey } from '@c360/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '@/components/ui/use-focus-on-mount';

interface CreatedApiKeyPanelProps {
  created: CreatedApiKey;
  onDone: () => void;
}

type CopyOutcome = 'copied' | 'failed' | null;

/**
 * The new key, this once: its heading takes focus so the warning is read first, a Copy button, and
 * "I've copied it", which forgets the key.
 */
export function CreatedApiKeyPanel({ created, onDone }: CreatedApiKeyPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const keyId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [copy, setCopy] = useState<CopyOutcome>(null);

  const copyKey = () => {
    // Zoom's embedded browser may refuse the clipboard: the key stays selectable in its field.
    void navigator.clipboard.writeText(created.key).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  return (
    <section className="panel api-keys__created" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="section-title">
        {t('admin.apiKeys.created.title', { name: created.name })}
      </h3>
      <p className="api-keys__warning">{t('admin.apiKeys.created.warning')}</p>
      <p className="muted">{t('admin.apiKeys.created.usage')}</p>
      <label htmlFor={keyId} className="field__label">
        {t('admin.apiKeys.created.keyLabel')}
      </label>
      <div className="api-keys__key-row">
        <input
          id={keyId}
          className="field__input api-keys__key"
          readOnly
          value={created.key}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={copyKey}>
          {t('admin.apiKeys.created.copy')}
        </button>
      </div>
      <p role="status" className="muted">
        {copy === null ? '' : t(`admin.apiKeys.created.${copy}`)}
      </p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('admin.apiKeys.created.done')}
        </button>
      </div>
    </section>
  );
}
