import type { Health } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { useBandLabel } from '@/hooks/use-band-label';
import { useLanguage } from '@/hooks/use-language';

/** The band (translated, with its colour as a swatch, never told by colour alone) and the score. */
export function HealthChip({ health }: { health: Health }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const bandLabel = useBandLabel();
  if (health.score === null) return <span className="account-health account-health--none">{t('account.notScored')}</span>;
  const score = new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(health.score);
  return (
    <span className="account-health" title={t('account.score', { score })}>
      {health.label !== null && (
        <span className="account-health__band">
          {/* A custom property set through the CSSOM, which the BFF's CSP (style-src 'self') allows. */}
          <span className="account-health__swatch" aria-hidden="true" ref={(node) => node?.style.setProperty('--band-color', health.color ?? 'transparent')} />
          {bandLabel(health.label)}
        </span>
      )}
      <span className="account-health__score">
        <span className="visually-hidden">{t('account.health')} </span>
        {score}
      </span>
    </span>
  );
}
