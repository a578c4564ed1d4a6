import { useTranslation } from 'react-i18next';
import type { DraftSnapshot } from '../lib/draft-sync';

/** Where the typed notes are right now, announced politely to screen readers. */
export function SaveStatus({ snapshot }: { snapshot: DraftSnapshot }) {
  const { t } = useTranslation();
  const { state, finishing } = snapshot;
  // Saving an already logged activity's edits is a save, not a logging.
  const logging = finishing === 'log' && snapshot.draft.server?.status !== 'LOGGED';
  const text = (() => {
    switch (state.kind) {
      case 'saved':
        return snapshot.draft.server ? t('timeline.editor.status.saved') : '';
      case 'local':
        return t('timeline.editor.status.local');
      case 'unsaved':
        return t('timeline.loggedEdit.unsaved');
      case 'saving':
        return logging ? t('timeline.editor.status.logging') : t('timeline.editor.status.saving');
      case 'offline':
        return logging ? t('timeline.editor.status.offlineLog') : t('timeline.editor.status.offline');
      case 'failed':
        return t('timeline.editor.status.failed', { detail: state.error.message });
      default:
        return '';
    }
  })();
  return (
    <p role="status" className={`save-status save-status--${state.kind}`}>
      {text}
    </p>
  );
}
