import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSetTimeRange, useTimeRangeSpec, useTimeWindow } from './use-time-range';

const WINDOW = { from: Date.UTC(2026, 10, 26), to: Date.UTC(2026, 10, 27) };

function renderAt(url: string) {
  const wrapper = ({ children }: { children: ReactNode }): ReactNode => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
  return renderHook(
    () => ({
      spec: useTimeRangeSpec(),
      window: useTimeWindow(),
      setRange: useSetTimeRange(),
      search: new URLSearchParams(useLocation().search),
      pathname: useLocation().pathname,
    }),
    { wrapper },
  );
}

describe('the time range in the URL', () => {
  it('is the last 24 hours when the URL names none', () => {
    const { result } = renderAt('/models');
    expect(result.current.spec).toEqual({ kind: 'relative', range: '24h' });
    expect(result.current.window.to - result.current.window.from).toBe(86_400_000);
  });

  it('is the last 24 hours when the URL names one it does not know', () => {
    expect(renderAt('/models?range=fortnight').result.current.spec).toEqual({
      kind: 'relative',
      range: '24h',
    });
  });

  it('reads ?range=7d', () => {
    const { result } = renderAt('/models?range=7d');
    expect(result.current.spec).toEqual({ kind: 'relative', range: '7d' });
    expect(result.current.window.to - result.current.window.from).toBe(7 * 86_400_000);
  });

  it('reads a custom window as is', () => {
    const { result } = renderAt(`/models/churn?range=${WINDOW.from}-${WINDOW.to}`);
    expect(result.current.spec).toEqual({ kind: 'absolute', ...WINDOW });
    expect(result.current.window).toEqual(WINDOW);
  });

  it('writes range= on a change and keeps the other params and the path', () => {
    const { result } = renderAt('/models?team=growth&team=risk&sort=-health');
    act(() => result.current.setRange({ kind: 'relative', range: '30d' }));
    expect(result.current.pathname).toBe('/models');
    expect(result.current.search.get('range')).toBe('30d');
    expect(result.current.search.getAll('team')).toEqual(['growth', 'risk']);
    expect(result.current.search.get('sort')).toBe('-health');
    expect(result.current.spec).toEqual({ kind: 'relative', range: '30d' });
  });

  it('writes a custom window as from-to in ms, replacing the range before', () => {
    const { result } = renderAt('/models/churn?range=1h&tab=drift');
    act(() => result.current.setRange({ kind: 'absolute', ...WINDOW }));
    expect(result.current.search.getAll('range')).toEqual([`${WINDOW.from}-${WINDOW.to}`]);
    expect(result.current.search.get('tab')).toBe('drift');
    expect(result.current.window).toEqual(WINDOW);
  });

  it('ends a relative window on a whole minute, within the last few minutes', () => {
    const { result } = renderAt('/models?range=1h');
    const { to } = result.current.window;
    expect(to % 60_000).toBe(0);
    expect(to).toBeLessThanOrEqual(Date.now());
    expect(Date.now() - to).toBeLessThan(3 * 60_000);
  });
});
