import type { ApiKeyView } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { ApiKeyItem } from './api-key-item';

/** The domain's keys, newest first; revoked ones stay listed, marked, for the record of what was used. */
export function ApiKeyList({ keys }: { keys: readonly ApiKeyView[] }) {
  const { t } = useTranslation();
  if (keys.length === 0) return <p className="muted">{t('admin.apiKeys.empty')}</p>;
  return (
    <ul className="stack-list">
      {keys.map((apiKey) => (
        <ApiKeyItem key={apiKey.id} apiKey={apiKey} />
      ))}
    </ul>
  );
}
