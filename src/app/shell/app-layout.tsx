import { Suspense, type ReactNode } from 'react';
import { NavLink, Outlet, useSearchParams } from 'react-router';
import { withRange } from '../../lib/paths';
import { PanelBoundary } from '../../lib/panel-boundary';
import { useRole } from '../../stores/preferences-store';
import { navigationFor } from '../navigation';
import { AppHeader } from './app-header';
import { KeyboardShortcuts } from './keyboard-shortcuts';
import { useAppliedTheme } from './theme-toggle';

export function AppLayout(): ReactNode {
  const role = useRole();
  const [params] = useSearchParams();
  useAppliedTheme();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <nav className="app-nav" aria-label="Main">
        <ul>
          {navigationFor(role).map((item) => (
            <li key={item.id}>
              <NavLink to={withRange(item.path, params)} end={item.id === 'home'}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        <PanelBoundary label="This page">
          {/* A page's code loads on its first visit; later navigations keep the old page meanwhile. */}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </PanelBoundary>
      </main>
      <KeyboardShortcuts />
    </div>
  );
}

function PageLoading(): ReactNode {
  return (
    <p className="page-loading" role="status">
      Loading this page…
    </p>
  );
}
