import { Header } from '../components/layout/header';
import { MeetingSection } from './meeting-section';
import { SidebarTabs } from './sidebar-tabs';

// Until the session API reports the tenant's flags, every tenant gets the New 360 experience.
const NEW_360_EXPERIENCE_DEFAULT = true;

interface AppProps {
  new360Experience?: boolean;
}

export function App({ new360Experience = NEW_360_EXPERIENCE_DEFAULT }: AppProps) {
  return (
    <div className="sidebar">
      <Header />
      <main className="sidebar__main">
        <MeetingSection />
        <SidebarTabs new360Experience={new360Experience} />
      </main>
    </div>
  );
}
