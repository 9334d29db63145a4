import type { ReactNode } from 'react';
import { useVersions } from '../../../lib/queries/versions';

export interface VersionSelectProps {
  name: string;
  /** The version whose training data is the reference. */
  version: string;
  onChange: (version: string | undefined) => void;
}

/** Which version's training data to compare with; production's by default (no `version` in the URL). */
export function VersionSelect({ name, version, onChange }: VersionSelectProps): ReactNode {
  const versions = useVersions(name);
  const list = versions.data ?? [];
  const production = list.find((v) => v.stage === 'production')?.version;
  return (
    <label className="field">
      <span>Reference</span>
      <select
        className="select"
        value={version}
        disabled={list.length === 0}
        onChange={(event) => onChange(event.target.value === production ? undefined : event.target.value)}
      >
        {list.length === 0 && <option value={version}>Training data of v{version}</option>}
        {list.map((v) => (
          <option key={v.version} value={v.version}>
            Training data of v{v.version}
            {v.aliases.length > 0
              ? ` (@${v.aliases.join(', @')})`
              : v.stage === 'production'
                ? ' (production)'
                : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
