import type { CreatedApiKey } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/components/ui/admin-screen';
import { QueryState } from '@/components/ui/query-state';
import { useApiKeys } from '../api/get-api-keys';
import { ApiKeyList } from './api-key-list';
import { CreatedApiKeyPanel } from './created-api-key-panel';
import { NewApiKeyForm } from './new-api-key-form';
import './api-keys.css';

/**
 * The tenant admin's API access keys for integrations: create one (its key shown this once), see when each
 * was last used, revoke. The new key lives in this screen's state only: closing the screen forgets it.
 */
export function ApiKeysScreen({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  // After "I've copied it" the name field takes focus back, ready for another key.
  const [afterCreate, setAfterCreate] = useState(false);
  const done = () => {
    setCreated(null);
    setAfterCreate(true);
  };
  return (
    <AdminScreen title={t('admin.apiKeys.title')} intro={t('admin.apiKeys.intro')} closeLabel={t('admin.apiKeys.close')} onClose={onClose}>
      {created ? <CreatedApiKeyPanel created={created} onDone={done} /> : <NewApiKeyForm onCreated={setCreated} autoFocus={afterCreate} />}
      <h3 className="section-title">{t('admin.apiKeys.listTitle')}</h3>
      <QueryState query={keys} loading={t('admin.apiKeys.loading')} failed={t('admin.apiKeys.loadFailed')}>
        {(list) => <ApiKeyList keys={list.keys} />}
      </QueryState>
    </AdminScreen>
  );
}
