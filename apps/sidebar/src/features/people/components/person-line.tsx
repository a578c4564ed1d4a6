import { fullNameOf, type Person } from '@c360/contracts';
import { useTranslation } from 'react-i18next';

interface PersonLineProps {
  person: Person;
  /** The name Zoom shows, when it differs from Gainsight's. */
  displayName?: string;
}

/** One person: name, title, role and the primary-contact flag. */
export function PersonLine({ person, displayName }: PersonLineProps) {
  const { t } = useTranslation();
  const name = fullNameOf(person);
  const details = [person.title, person.role].filter((detail): detail is string => Boolean(detail));
  return (
    <div className="person">
      <span className="person__name">
        {name}
        {displayName && displayName !== name && <span className="muted"> ({displayName})</span>}
        {person.isPrimary && <span className="person__primary">{t('people.primary')}</span>}
      </span>
      {details.length > 0 && <span className="person__details muted">{details.join(' · ')}</span>}
    </div>
  );
}
