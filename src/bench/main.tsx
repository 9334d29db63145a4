// The benchmark's own entry (bench.html): built only by `npm run bench` (`vite build --mode bench`),
// so its measurement pages never ship in the app's bundle.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BenchPage } from './bench-page';
import '../ui/tokens.css';
import '../ui/base.css';
import '../ui/components.css';
import '../ui/charts/charts.css';

const root = document.getElementById('root');
if (!root) throw new Error('bench.html has no #root element');
const kind = new URLSearchParams(window.location.search).get('bench') ?? '';
createRoot(root).render(
  <StrictMode>
    <main className="stack" style={{ padding: '1.5rem' }}>
      <h1>Sightline benchmark</h1>
      <BenchPage kind={kind} />
    </main>
  </StrictMode>,
);
