import { MoreMenu, type AccountActions } from './more-menu';
import { RefreshButton } from './refresh-button';
import { SubjectPicker } from './subject-picker';
import './header.css';

export function Header(account: AccountActions) {
  return (
    <header className="header">
      <SubjectPicker />
      <RefreshButton />
      <MoreMenu {...account} />
    </header>
  );
}
