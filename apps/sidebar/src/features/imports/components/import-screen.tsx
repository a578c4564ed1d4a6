import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/components/ui/admin-screen';
import { QueryState } from '@/components/ui/query-state';
import { isRunning, useImports } from '../api/get-imports';
import { ImportFileForm } from './import-file-form';
import { ImportList } from './import-list';
import { ImportProgress } from './import-progress';
import './imports.css';

/**
 * The tenant admin's import of companies or people from a CSV file: check it (nothing written), import it,
 * follow its progress. An import runs on the server: reopened, the screen follows a running one again.
 */
export function ImportScreen({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const imports = useImports();
  const [startedId, setStartedId] = useState<string | null>(null);
  const followedId = startedId ?? imports.data?.items.find(isRunning)?.id ?? null;
  return (
    <AdminScreen title={t('admin.import.title')} intro={t('admin.import.intro')} closeLabel={t('admin.import.close')} onClose={onClose}>
      <ImportFileForm onStarted={setStartedId} />
      {followedId && <ImportProgress key={followedId} id={followedId} focus={followedId === startedId} />}
      <h3 className="section-title">{t('admin.import.listTitle')}</h3>
      <QueryState query={imports} loading={t('admin.import.loading')} failed={t('admin.import.loadFailed')}>
        {(list) => <ImportList jobs={list.items} />}
      </QueryState>
    </AdminScreen>
  );
}
