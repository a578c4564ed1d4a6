import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvite } from '@/hooks/use-invite';
import { useLanguage } from '@/hooks/use-language';
import { useRefresh } from '@/hooks/use-refresh';
import { useSession } from '@/hooks/use-session';
import { useZoom } from '@/hooks/use-zoom';
import { LANGUAGES } from '@/lib/i18n';
import { MoreIcon } from '../ui/icons';
import { externalLinkProps, LEGAL_LINK_KINDS, useLegalLinks } from '../ui/legal-links';
import { MenuItem } from '../ui/menu-item';
import { useMenu } from '../ui/use-menu';
import { AccountEntry } from './account-entry';
import '../ui/menu.css';

/** A screen the menu opens (meeting logs, admin settings, reports); only those the user may open are given. */
export interface MenuScreenLink {
  id: string;
  label: string;
  onOpen: () => void;
  /** Things waiting there (pending meeting logs): shown on the item and, added up, on the ⋯ button. */
  count?: number;
}

export interface AccountActions {
  /** Undefined while nobody is signed in to Gainsight. */
  onSignOut: (() => void) | undefined;
  screens: readonly MenuScreenLink[];
}

export function MoreMenu({ onSignOut, screens }: AccountActions) {
  const { t } = useTranslation();
  const { status, expanded, toggleExpanded } = useZoom();
  const { invite, disabledReason: inviteUnavailable } = useInvite(status);
  const { refresh } = useRefresh();
  const { language, setLanguage } = useLanguage();
  const gainsight = useSession().data?.gainsight ?? undefined;
  const legalLinks = useLegalLinks();
  const { open, close, buttonProps, menuProps } = useMenu();
  const languageLabelId = useId();
  const waiting = screens.reduce((sum, screen) => sum + (screen.count ?? 0), 0);
  const buttonLabel = waiting > 0 ? t('header.moreOptionsWaiting', { count: waiting }) : t('header.moreOptions');

  const choose = (action: () => void) => () => {
    close();
    action();
  };

  return (
    <div className="menu">
      <button type="button" className="icon-button" aria-label={buttonLabel} title={buttonLabel} {...buttonProps}>
        <MoreIcon />
        {waiting > 0 && (
          <span className="menu__badge" aria-hidden="true">
            {waiting}
          </span>
        )}
      </button>
      <div className="menu__popup" {...menuProps}>
        {/* Only while open: the closed menu would otherwise hold a second copy of the host and names. */}
        <AccountEntry gainsight={open ? gainsight : undefined}>
          <MenuItem onSelect={onSignOut && choose(onSignOut)} disabledReason={onSignOut ? undefined : t('menu.signOutUnavailable')}>
            {t('menu.signOut')}
          </MenuItem>
        </AccountEntry>
        <div role="separator" className="menu__separator" />
        <MenuItem onSelect={choose(toggleExpanded)} disabledReason={status?.inZoom ? undefined : t('menu.popOutUnavailable')}>
          {expanded ? t('menu.backToMeeting') : t('menu.popOut')}
        </MenuItem>
        <MenuItem onSelect={choose(refresh)}>{t('menu.refresh')}</MenuItem>
        <MenuItem onSelect={choose(invite)} disabledReason={inviteUnavailable}>
          {t('invite.menuItem')}
        </MenuItem>
        <div role="separator" className="menu__separator" />
        <div role="presentation" id={languageLabelId} className="menu__label">
          {t('menu.language')}
        </div>
        <div role="group" aria-labelledby={languageLabelId}>
          {LANGUAGES.map((option) => (
            <MenuItem key={option} checked={option === language} lang={option} onSelect={choose(() => void setLanguage(option))}>
              {t(`languages.${option}`)}
            </MenuItem>
          ))}
        </div>
        {screens.length > 0 && <div role="separator" className="menu__separator" />}
        {screens.map((screen) => (
          <MenuItem key={screen.id} onSelect={choose(screen.onOpen)}>
            {screen.label}
            {(screen.count ?? 0) > 0 && <span className="menu__count">{t('menu.waiting', { count: screen.count })}</span>}
          </MenuItem>
        ))}
        {legalLinks && (
          <>
            <div role="separator" className="menu__separator" />
            {LEGAL_LINK_KINDS.map((kind) => (
              // A link rather than a MenuItem button, so the browser opens the page in a new tab.
              <a key={kind} role="menuitem" tabIndex={-1} className="menu__item" onClick={close} {...externalLinkProps(legalLinks[kind])}>
                {t(`menu.legal.${kind}`)}
                <span className="visually-hidden"> {t('menu.legal.newTab')}</span>
              </a>
            ))}
          </>
        )}
      </div>
    </div>
  );
}
