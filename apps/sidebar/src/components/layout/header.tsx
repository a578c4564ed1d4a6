import { MoreMenu } from './more-menu';
import { RefreshButton } from './refresh-button';
import { SubjectPicker } from './subject-picker';
import './header.css';

export function Header() {
  return (
    <header className="header">
      <SubjectPicker />
      <RefreshButton />
      <MoreMenu />
    </header>
  );
}
