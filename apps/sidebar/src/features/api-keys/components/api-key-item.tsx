import type { ApiKeyView } from '@c360/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineConfirm } from '@/components/ui/inline-confirm';
import { WaitingToSend } from '@/components/ui/waiting-to-send';
import { toApiError } from '@/lib/api-client';
import { useRevokeApiKey } from '../api/revoke-api-key';

const formatTime = (iso: string, language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** One key: its name, first characters, when made and last used; revoke asks first, focus on the safe choice. */
export function ApiKeyItem({ apiKey }: { apiKey: ApiKeyView }) {
  const { t, i18n } = useTranslation();
  const nameId = useId();
  const name = useRef<HTMLParagraphElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const revoke = useRevokeApiKey();
  const revoked = apiKey.revokedAt !== null;
  const time = (iso: string) => formatTime(iso, i18n.language);

  const cancel = () => {
    setConfirming(false);
    // After the question is gone, back to the button that asked it.
    setTimeout(() => revokeButton.current?.focus());
  };
  const confirm = () => {
    setConfirming(false);
    // The button goes once the key is revoked: focus stays with the key, which now says so.
    name.current?.focus();
    revoke.mutate(apiKey.id);
  };

  return (
    <li className={`panel api-key${revoked ? ' api-key--revoked' : ''}`}>
      <p id={nameId} ref={name} tabIndex={-1} className="api-key__name">
        {apiKey.name} {revoked && <span className="badge">{t('admin.apiKeys.revokedBadge')}</span>}
      </p>
      <dl className="facts">
        <dt>{t('admin.apiKeys.prefix')}</dt>
        <dd>
          <code>{apiKey.prefix}…</code>
        </dd>
        <dt>{t('admin.apiKeys.createdAt')}</dt>
        <dd>{time(apiKey.createdAt)}</dd>
        <dt>{t('admin.apiKeys.lastUsedAt')}</dt>
        <dd>{apiKey.lastUsedAt ? time(apiKey.lastUsedAt) : t('admin.apiKeys.neverUsed')}</dd>
        {apiKey.revokedAt && (
          <>
            <dt>{t('admin.apiKeys.revokedAt')}</dt>
            <dd>{time(apiKey.revokedAt)}</dd>
          </>
        )}
      </dl>
      {!revoked &&
        (confirming ? (
          <InlineConfirm
            question={t('admin.apiKeys.revoke.question', { name: apiKey.name })}
            confirmLabel={t('admin.apiKeys.revoke.confirm')}
            cancelLabel={t('admin.apiKeys.revoke.cancel')}
            onConfirm={confirm}
            onCancel={cancel}
          />
        ) : (
          <div className="actions">
            <button
              type="button"
              ref={revokeButton}
              className="button"
              aria-describedby={nameId}
              aria-disabled={revoke.isPending || undefined}
              onClick={() => !revoke.isPending && setConfirming(true)}
            >
              {revoke.isPending ? t('admin.apiKeys.revoke.revoking') : t('admin.apiKeys.revoke.button')}
            </button>
          </div>
        ))}
      <WaitingToSend waiting={revoke.waiting} />
      {revoke.isError && (
        <p role="alert" className="field__error">
          {t('admin.apiKeys.revoke.failed', { reason: toApiError(revoke.error).message })}
        </p>
      )}
    </li>
  );
}
