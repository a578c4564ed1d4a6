import type { SessionView } from '@c360/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZoomAccessScreen } from '../features/admin/components/zoom-access-screen';
import { AttributeLayoutScreen } from '../features/attributes/components/attribute-layout-screen';
import { SignInScreen } from '../features/sign-in/components/sign-in-screen';
import { WelcomeStep } from '../features/sign-in/components/welcome-step';
import { SidebarTabs } from './sidebar-tabs';

export type SignedInView = 'tabs' | 'zoom-access' | 'attribute-layout';

interface GainsightGateProps {
  session: UseQueryResult<SessionView>;
  view: SignedInView;
  onViewChange: (view: SignedInView) => void;
  focusSignIn: boolean;
  signOutFailed: boolean;
}

/** Below the meeting: the sign-in until someone is signed in to Gainsight, then Welcome once, then the tabs. */
export function GainsightGate({ session, view, onViewChange, focusSignIn, signOutFailed }: GainsightGateProps) {
  const { t } = useTranslation();
  // Welcome follows a sign-in on this page only; a session that already exists goes straight to the tabs.
  const [welcome, setWelcome] = useState(false);

  if (session.isPending) return <p className="sidebar__status">{t('app.checkingSession')}</p>;
  if (session.isError) {
    return (
      <div role="alert" className="alert sidebar__status">
        <p>{t('app.sessionFailed')}</p>
        <button type="button" className="button" onClick={() => void session.refetch()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  const gainsight = session.data.gainsight;
  if (!gainsight) {
    return (
      <SignInScreen
        autoFocus={focusSignIn}
        refusedReason={session.data.refused?.reason}
        salesforceChoice={session.data.salesforceChoice}
        onSignedIn={() => setWelcome(true)}
      />
    );
  }
  if (welcome) return <WelcomeStep gainsight={gainsight} onContinue={() => setWelcome(false)} />;
  return (
    <>
      {signOutFailed && (
        <p role="alert" className="alert sidebar__status">
          {t('app.signOutFailed')}
        </p>
      )}
      {view === 'zoom-access' && gainsight.permissions.administer?.allowed ? (
        <ZoomAccessScreen onClose={() => onViewChange('tabs')} />
      ) : view === 'attribute-layout' && gainsight.permissions.administer?.allowed ? (
        <AttributeLayoutScreen onClose={() => onViewChange('tabs')} />
      ) : (
        <SidebarTabs new360Experience={gainsight.domain.new360} />
      )}
    </>
  );
}
