import { useTranslation } from 'react-i18next';

export function EnvironmentBadge({ environment }: { environment: 'PRODUCTION' | 'SANDBOX' }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${environment.toLowerCase()}`}>{t(`signIn.environments.${environment}`)}</span>;
}
