import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from '../components/layout/header';
import { AccountHeader } from '@/features/account';
import { usePendingLogCount } from '@/features/meeting-log';
import { useSignOut } from '@/features/sign-in';
import { SubjectPicker, SubjectProvider } from '@/features/subject';
import { useSession } from '../hooks/use-session';
import { GainsightGate, type SignedInView } from './gainsight-gate';
import { MeetingSection } from './meeting-section';
import { allowedScreens } from './screens';

export function App() {
  const { t } = useTranslation();
  const session = useSession();
  const gainsight = session.data?.gainsight ?? null;
  const [view, setView] = useState<SignedInView>('tabs');
  const pendingLogs = usePendingLogCount(gainsight?.permissions.writeTimeline?.allowed === true);
  // The sign-in screen takes focus only when the user came to it, not when the app opens.
  const [signedOut, setSignedOut] = useState(false);
  const signOut = useSignOut(() => {
    setSignedOut(true);
    setView('tabs');
  });

  return (
    <SubjectProvider>
      <div className="sidebar">
        <Header
          picker={<SubjectPicker />}
          onSignOut={gainsight ? () => signOut.mutate() : undefined}
          screens={allowedScreens(gainsight).map((screen) => ({
            id: screen.id,
            label: t(screen.labelKey),
            onOpen: () => setView(screen.id),
            ...(screen.id === 'meeting-logs' ? { count: pendingLogs } : {}),
          }))}
        />
        <main className="sidebar__main">
          {/* Under the picker and above the meeting line and the tabs; like them it stays put, only the tab panel or screen below scrolls. */}
          {gainsight && <AccountHeader />}
          <MeetingSection />
          <GainsightGate session={session} view={view} onViewChange={setView} focusSignIn={signedOut} signOutFailed={signOut.isError} />
        </main>
      </div>
    </SubjectProvider>
  );
}
