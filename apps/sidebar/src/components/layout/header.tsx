import type { ReactNode } from 'react';
import { MoreMenu, type AccountActions } from './more-menu';
import { RefreshButton } from './refresh-button';
import { SandboxBadge } from './sandbox-badge';
import './header.css';

interface HeaderProps extends AccountActions {
  /** The company/relationship picker, given by the app so this shared layout needs no feature. */
  picker: ReactNode;
}

export function Header({ picker, ...account }: HeaderProps) {
  return (
    <header className="header">
      {picker}
      <SandboxBadge />
      <RefreshButton />
      <MoreMenu {...account} />
    </header>
  );
}
