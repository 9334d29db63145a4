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
import '../ui/tokens.css';
import '../ui/base.css';
import '../ui/components.css';
import './shell/shell.css';
import '../ui/charts/charts.css';

const usesDemo = (config: RuntimeConfig): boolean => config.connections.some((c) => c.kind === 'demo');

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element.');
  const root = createRoot(container);
  try {
    connectionsActions.setPreset(await loadRuntimeConfig());
  } catch (error) {
    if (error instanceof ConfigError) {
      root.render(<ConfigErrorPage error={error} />);
      return;
    }
    throw error;
  }
  // The demo backend runs in this tab (a service worker) and loads only when a connection uses it.
  // The app renders meanwhile (its route code loads in parallel); requests wait for the demo.
  if (usesDemo(getEffectiveConfig())) holdRequestsUntil(import('./start-demo').then((m) => m.startDemo()));
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

void boot();
