import type { GainsightSession } from '@c360/contracts';
import { useTranslation } from 'react-i18next';

/** "Production" or "Sandbox": where a domain choice, the Welcome screen, the ⋯ menu and the header say it. */
export function EnvironmentBadge({ environment }: { environment: GainsightSession['domain']['environment'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${environment.toLowerCase()}`}>{t(`signIn.environments.${environment}`)}</span>;
}
