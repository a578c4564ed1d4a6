import type { SubjectSummary } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { glanceFacts } from '../lib/glance-facts';
import { HealthChip } from './health-chip';

/** Two lines: the name with its health; then its facts, which wrap between items, never inside one. */
export function AccountGlance({ summary }: { summary: SubjectSummary }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <div className="account-header__title">
        <h2 className="account-header__name" title={summary.name}>
          {summary.name}
        </h2>
        {summary.health !== null && <HealthChip health={summary.health} />}
      </div>
      <ul className="account-header__facts" data-testid="account-facts">
        {glanceFacts(summary, language, t).map((fact) => (
          <li key={fact.kind} className={`account-header__fact account-header__fact--${fact.kind}`}>
            {fact.text}
          </li>
        ))}
      </ul>
    </>
  );
}
