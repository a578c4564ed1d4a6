import type { MeetingSubject } from '@c360/contracts';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { useCurrentSubject } from '../subject-context';

interface WithSubjectProps {
  /** What the tab says while no subject is chosen. */
  emptyText: string;
  children: (subject: MeetingSubject) => ReactNode;
}

/** A tab's body for the chosen subject, remounted when another is chosen; until then, "no subject". */
export function WithSubject({ emptyText, children }: WithSubjectProps) {
  const { t } = useTranslation();
  const { subject } = useCurrentSubject();
  if (!subject) return <EmptyState title={t('empty.noSubject')}>{emptyText}</EmptyState>;
  return <Fragment key={`${subject.kind}:${subject.id}`}>{children(subject)}</Fragment>;
}
