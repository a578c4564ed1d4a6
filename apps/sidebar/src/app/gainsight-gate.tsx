import type { SessionView } from '@c360/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResumeWrites } from '../hooks/use-write-queue';
import { CurrentMeetingLog } from '@/features/meeting-log';
import { QueryLoading, QueryState } from '../components/ui/query-state';
import { SignInScreen, WelcomeStep } from '@/features/sign-in';
import { allowedScreens } from './screens';
import { SidebarTabs } from './sidebar-tabs';

/** `tabs`, or the id of a ⋯-menu screen. */
export type SignedInView = string;

interface GainsightGateProps {
  session: UseQueryResult<SessionView>;
  view: SignedInView;
  onViewChange: (view: SignedInView) => void;
  focusSignIn: boolean;
  signOutFailed: boolean;
}

/**
 * Below the meeting: the sign-in until someone is signed in to Gainsight, then Welcome once, then the tabs
 * (in their place, the ended meeting's after-call panel for its host, or a ⋯-menu screen).
 */
export function GainsightGate({ session, view, onViewChange, focusSignIn, signOutFailed }: GainsightGateProps) {
  const { t } = useTranslation();
  // Welcome follows a sign-in on this page only; a session that already exists goes straight to the tabs.
  const [welcome, setWelcome] = useState(false);
  // Writes a reload (or a closed sidebar) left waiting go out once the user is known, whatever screen is open.
  useResumeWrites();

  return (
    <QueryState query={session} loading={t('app.checkingSession')} failed={t('app.sessionFailed')} className="sidebar__status">
      {(data) => {
        const gainsight = data.gainsight;
        // The sign-in steps and Welcome load on demand: until they have, the session check's status stays.
        const loadingStep = <QueryLoading label={t('app.checkingSession')} className="sidebar__status" />;
        if (!gainsight) {
          return (
            <Suspense fallback={loadingStep}>
              <SignInScreen
                autoFocus={focusSignIn}
                refusedReason={data.refused?.reason}
                salesforceChoice={data.salesforceChoice}
                onSignedIn={() => setWelcome(true)}
              />
            </Suspense>
          );
        }
        if (welcome) {
          return (
            <Suspense fallback={loadingStep}>
              <WelcomeStep gainsight={gainsight} onContinue={() => setWelcome(false)} />
            </Suspense>
          );
        }
        return <GainsightScreens gainsight={gainsight} view={view} onViewChange={onViewChange} signOutFailed={signOutFailed} />;
      }}
    </QueryState>
  );
}

interface GainsightScreensProps {
  gainsight: NonNullable<SessionView['gainsight']>;
  view: SignedInView;
  onViewChange: (view: SignedInView) => void;
  signOutFailed: boolean;
}

/** The tabs, or the ⋯-menu screen chosen, for a signed-in Gainsight user. */
function GainsightScreens({ gainsight, view, onViewChange, signOutFailed }: GainsightScreensProps) {
  const { t } = useTranslation();
  const screen = allowedScreens(gainsight).find((candidate) => candidate.id === view);
  return (
    <>
      {signOutFailed && (
        <p role="alert" className="alert sidebar__status">
          {t('app.signOutFailed')}
        </p>
      )}
      {screen ? (
        <Suspense fallback={<QueryLoading label={t('tabs.loading')} className="screen--page" />}>
          <screen.Screen onClose={() => onViewChange('tabs')} />
        </Suspense>
      ) : (
        <CurrentMeetingLog>
          <SidebarTabs new360Experience={gainsight.domain.new360} />
        </CurrentMeetingLog>
      )}
    </>
  );
}
