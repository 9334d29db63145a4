import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ConnectionsIndicator } from './connections-indicator';
import { GlobalSearch } from './global-search';
import { HeaderMenu } from './header-menu';
import { RoleSwitcher } from './role-switcher';
import { ThemeToggle } from './theme-toggle';
import { TimeRangePicker } from './time-range-picker';

export function AppHeader(): ReactNode {
  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand" aria-label="Sightline, home">
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M4 14 9 9l4 4 7-7" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span>Sightline</span>
      </Link>
      <GlobalSearch />
      <span className="spacer" />
      <HeaderMenu>
        <RoleSwitcher />
        <TimeRangePicker />
        <ThemeToggle />
      </HeaderMenu>
      <ConnectionsIndicator />
    </header>
  );
}
