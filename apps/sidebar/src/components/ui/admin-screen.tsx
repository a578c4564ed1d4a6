import type { UseQueryResult } from '@tanstack/react-query';
import type { FormEvent, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from './query-state';
import { SaveActions } from './save-actions';
import { Screen } from './screen';
import './admin-screen.css';

interface AdminScreenProps {
  title: string;
  intro: string;
  closeLabel: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/** A ⋯-menu screen in place of the tabs: its title takes focus on open, so keyboard and screen-reader users land on it. */
export function AdminScreen({ title, intro, closeLabel, onClose, className, children }: AdminScreenProps) {
  return (
    <Screen
      title={title}
      className={`admin-screen${className ? ` ${className}` : ''}`}
      action={
        <button type="button" className="button" onClick={onClose}>
          {closeLabel}
        </button>
      }
    >
      <p className="screen-intro">{intro}</p>
      {children}
    </Screen>
  );
}

/** The settings screens, each with title, intro, close, loading, loadFailed and saved under its key. */
export type AdminSettingsTexts = 'admin.zoomAccess' | 'meetingLog.settings' | 'attributes.layout';

interface AdminSettingsScreenProps<T> {
  texts: AdminSettingsTexts;
  query: UseQueryResult<T>;
  onClose: () => void;
  /** The form of the loaded settings. */
  children: (data: T) => ReactNode;
}

/** An admin screen of settings: loads them, then shows their form. */
export function AdminSettingsScreen<T>({ texts, query, onClose, children }: AdminSettingsScreenProps<T>) {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t(`${texts}.title`)} intro={t(`${texts}.intro`)} closeLabel={t(`${texts}.close`)} onClose={onClose}>
      <QueryState query={query} loading={t(`${texts}.loading`)} failed={t(`${texts}.loadFailed`)}>
        {children}
      </QueryState>
    </AdminScreen>
  );
}

interface AdminFormProps {
  /** The save mutation: the form sends nothing while one is on its way, and any edit clears what it said. */
  save: { isPending: boolean; isSuccess: boolean; error: unknown; reset: () => void };
  onSave: () => void;
  savedLabel: string;
  failedLabel?: (detail: string) => string;
  formRef?: Ref<HTMLFormElement>;
  children: ReactNode;
}

/** An admin screen's form: its fields, then Save, "saved" and why a save failed. */
export function AdminForm({ save, onSave, savedLabel, failedLabel, formRef, children }: AdminFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) onSave();
  };
  return (
    <form ref={formRef} className="admin-screen__form" noValidate onSubmit={submit} onChange={save.reset}>
      {children}
      <SaveActions isPending={save.isPending} isSuccess={save.isSuccess} error={save.error} savedLabel={savedLabel} failedLabel={failedLabel} />
    </form>
  );
}
