import { useLayoutEffect, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ROLE_LABELS, type Role } from '../domain/role';
import { getRole, preferencesActions } from '../stores/preferences-store';
import { homePath } from './navigation';

interface Switch {
  from: Role;
  to: Role;
}

/**
 * A link to a role's home decides the view: it switches the stored role to the linked one (so the
 * menu and the switcher follow), and remembers what it was for a one-click way back. The caller
 * mounts one home per role (a `key`), so the switch is read once, on arrival.
 */
export function useRoleFromLink(linked: Role): Switch | null {
  const [switched] = useState((): Switch | null => {
    const stored = getRole();
    return stored === linked ? null : { from: stored, to: linked };
  });
  // Before paint, so the header never shows the old role's menu over the linked role's page.
  useLayoutEffect(() => {
    if (getRole() !== linked) preferencesActions.setRole(linked);
  }, [linked]);
  return switched;
}

/** "Switched to SRE from this link. Back to Product manager". */
export function RoleSwitchedNotice({ from, to }: Switch): ReactNode {
  const navigate = useNavigate();
  return (
    <p className="state role-switched" role="status">
      Switched to {ROLE_LABELS[to]} from this link.{' '}
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          preferencesActions.setRole(from);
          void navigate(homePath(from));
        }}
      >
        Back to {ROLE_LABELS[from]}
      </button>
    </p>
  );
}
