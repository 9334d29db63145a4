import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { isRole, ROLE_LABELS, ROLES } from '../../domain/role';
import { preferencesActions, useRole } from '../../stores/preferences-store';
import { homePath } from '../navigation';

/** Picking a role opens its home; the choice is remembered across reloads. */
export function RoleSwitcher(): ReactNode {
  const role = useRole();
  const navigate = useNavigate();
  return (
    <label className="header-field">
      <span>Role</span>
      <select
        className="select"
        value={role}
        onChange={(event) => {
          const next = event.target.value;
          if (!isRole(next)) return;
          preferencesActions.setRole(next);
          void navigate(homePath(next));
        }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
    </label>
  );
}
