import type { GainsightSession } from '@c360/contracts';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EnvironmentBadge } from '@/components/ui/environment-badge';

interface AccountEntryProps {
  /** Undefined while nobody is signed in to Gainsight (or the menu is closed): only the sign-out item shows. */
  gainsight: GainsightSession | undefined;
  /** The Sign out item, kept with the account it ends. */
  children: ReactNode;
}

/** The top of the ⋯ menu: who is signed in, to which domain, its environment and data centre. */
export function AccountEntry({ gainsight, children }: AccountEntryProps) {
  const { t } = useTranslation();
  const infoId = useId();
  if (!gainsight) return children;
  const { user, domain } = gainsight;
  return (
    // The group is named by the account, so a screen reader says whose sign-out the item is.
    <div role="group" aria-labelledby={infoId} className="menu__account">
      <div id={infoId} className="account-entry">
        <span className="account-entry__label">{t('menu.account.signedInAs')}</span>
        <span className="account-entry__name">{user.displayName}</span>
        <span className="account-entry__line">{user.username}</span>
        <span className="account-entry__line">{domain.host}</span>
        <span className="account-entry__badges">
          <EnvironmentBadge environment={domain.environment} />
          <span className="badge">{t(`signIn.dataCenters.${domain.dataCenter}.name`)}</span>
        </span>
      </div>
      {children}
    </div>
  );
}
