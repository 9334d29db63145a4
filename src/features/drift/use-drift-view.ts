import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DriftSettings } from './compute/drift-settings';
import { parseDriftSettings, withDriftSettings } from './drift-url-state';

export interface DriftView {
  version?: string;
  feature?: string;
  settings: DriftSettings;
  setSettings: (settings: DriftSettings) => void;
  setVersion: (version: string | undefined) => void;
  /** The link to a feature's detail (or back to the overview), keeping the rest of the URL. */
  featureHref: (feature: string | undefined) => string;
}

/** The drift view's state, read from and written to the URL. */
export function useDriftView(): DriftView {
  const [params, setParams] = useSearchParams();
  const methods = params.get('methods');
  const correction = params.get('correction');
  const driftShare = params.get('driftShare');
  // Rebuilt only when its own params change, so query keys stay stable.
  const settings = useMemo(
    () =>
      parseDriftSettings(
        new URLSearchParams(
          Object.entries({ methods, correction, driftShare }).filter(
            (e): e is [string, string] => e[1] !== null,
          ),
        ),
      ),
    [methods, correction, driftShare],
  );
  const setSettings = useCallback(
    (next: DriftSettings) => setParams((current) => withDriftSettings(current, next), { replace: true }),
    [setParams],
  );
  const setVersion = useCallback(
    (version: string | undefined) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (version) next.set('version', version);
        else next.delete('version');
        return next;
      }),
    [setParams],
  );
  const featureHref = useCallback(
    (feature: string | undefined) => {
      const next = new URLSearchParams(params);
      if (feature) next.set('feature', feature);
      else next.delete('feature');
      const query = next.toString();
      return query ? `?${query}` : '?';
    },
    [params],
  );
  return {
    version: params.get('version') ?? undefined,
    feature: params.get('feature') ?? undefined,
    settings,
    setSettings,
    setVersion,
    featureHref,
  };
}
