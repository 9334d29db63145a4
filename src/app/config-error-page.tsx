import { useEffect, type ReactNode } from 'react';
import type { ConfigError } from '../sources/connection-config';

/** Shown instead of the app when the deployment's config.json is wrong: it names the bad field. */
export function ConfigErrorPage({ error }: { error: ConfigError }): ReactNode {
  useEffect(() => {
    document.title = 'Configuration error · Sightline';
  }, []);
  return (
    <main className="app-main" style={{ maxWidth: 720, margin: '48px auto' }}>
      <div className="stack">
        <h1>Sightline cannot start: its configuration is invalid</h1>
        <div className="state state--error" role="alert">
          <p className="state__title">{error.message}</p>
          <p>
            Bad field: <code>{error.field}</code>
          </p>
        </div>
        <p>
          Fix <code>config.json</code> next to <code>index.html</code> on the web server and reload. Its
          format is described in the README under “Runtime configuration”.
        </p>
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </div>
    </main>
  );
}
