import type { LegalLinks as LegalLinkUrls } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { useLoginMethods } from '@/hooks/use-login-methods';
import './legal-links.css';

/** In the order the ⋯ menu and the sign-in screen list them. */
export const LEGAL_LINK_KINDS = ['privacy', 'terms', 'support'] as const satisfies readonly (keyof LegalLinkUrls)[];

/** The configured privacy policy, terms of use and support pages (from `GET /api/login/methods`). */
export const useLegalLinks = (): LegalLinkUrls | undefined => useLoginMethods().data?.links;

/** Props of a link that leaves the app: a new tab that cannot reach back into the sidebar. */
export const externalLinkProps = (href: string) => ({ href, target: '_blank', rel: 'noopener noreferrer' }) as const;

/** The privacy, terms and support links under the sign-in steps; each says it opens a new tab. */
export function LegalLinks() {
  const { t } = useTranslation();
  const links = useLegalLinks();
  if (!links) return null;
  return (
    <nav aria-label={t('menu.legal.label')} className="legal-links">
      {LEGAL_LINK_KINDS.map((kind) => (
        <a key={kind} {...externalLinkProps(links[kind])}>
          {t(`menu.legal.${kind}`)}
          <span className="visually-hidden"> {t('menu.legal.newTab')}</span>
        </a>
      ))}
    </nav>
  );
}
