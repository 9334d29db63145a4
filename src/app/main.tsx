import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ConfigError, type RuntimeConfig } from '../sources/connection-config';
import { holdRequestsUntil } from '../sources/http';
import { connectionsActions, getEffectiveConfig } from '../stores/connections-store';
import { ConfigErrorPage } from './config-error-page';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { AppRoutes } from './router';
import { loadRuntimeConfig } from './runtime-config';
import { preloadHome } from './home-panels';
import { isRole, type Role } from '../domain/role';
import { getRole } from '../stores/preferences-store';
import '../ui/tokens.css';
import '../ui/base.css';
import '../ui/components.css';
import './shell/shell.css';
import '../ui/charts/charts.css';

/** How long the first render waits for the landing home's panel code before showing skeletons. */
const PANEL_WAIT_MS = 500;

const usesDemo = (config: RuntimeConfig): boolean => config.connections.some((c) => c.kind === 'demo');

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element.');
  const root = createRoot(container);
  const home = homeAt(window.location.pathname);
  // The landing home's panels download beside config.json; the first render waits a moment for
  // them, so the panels render with their code instead of skeletons that swap a beat later.
  const panels = home ? preloadHome(home) : Promise.resolve();
  try {
    connectionsActions.setPreset(await loadRuntimeConfig());
  } catch (error) {
    if (error instanceof ConfigError) {
      root.render(<ConfigErrorPage error={error} />);
      return;
    }
    throw error;
  }
  // The demo backend runs in this page and loads only when a connection uses it.
  // The app renders meanwhile (its route code loads in parallel); requests wait for the demo.
  if (usesDemo(getEffectiveConfig())) holdRequestsUntil(import('./start-demo').then((m) => m.startDemo()));
  await Promise.race([panels, new Promise((resolve) => setTimeout(resolve, PANEL_WAIT_MS))]);
  root.render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient()}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
}

/** The role whose home this address opens (`/` opens the chosen role's), if it is a home. */
function homeAt(pathname: string): Role | undefined {
  const path = pathname.slice(import.meta.env.BASE_URL.length - 1).replace(/\/$/, '');
  if (path === '') return getRole();
  const role = /^\/home\/([^/]+)$/.exec(path)?.[1];
  return isRole(role) ? role : undefined;
}

void boot();
