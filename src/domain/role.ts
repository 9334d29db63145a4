export const ROLES = ['data-scientist', 'data-engineer', 'sre', 'product-manager', 'stakeholder'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  'data-scientist': 'Data scientist',
  'data-engineer': 'Data engineer',
  sre: 'SRE',
  'product-manager': 'Product manager',
  stakeholder: 'Stakeholder',
};

export const ACTIONS = [
  'request-retraining',
  'roll-back',
  'shift-traffic',
  'promote',
  'write-incident-notes',
  'change-incident-status',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Who may do what. The UI hides what a role may not do; a backend's 403 is still shown. */
const PERMISSIONS: Record<Role, readonly Action[]> = {
  // Whoever investigates writes notes (a drift or a broken pipeline may be the cause); the SRE
  // who owns the incident moves its status.
  'data-scientist': ['request-retraining', 'promote', 'write-incident-notes'],
  'data-engineer': ['request-retraining', 'write-incident-notes'],
  sre: ['roll-back', 'shift-traffic', 'write-incident-notes', 'change-incident-status'],
  'product-manager': [],
  stakeholder: [],
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}

/** Whether a role may do something, and who may, as a person reads it. */
export interface Permission {
  allowed: boolean;
  /** "Data scientist, Data engineer, or SRE". */
  who: string;
}

export function permission(role: Role, action: Action): Permission {
  const labels = ROLES.filter((r) => can(r, action)).map((r) => ROLE_LABELS[r]);
  return {
    allowed: can(role, action),
    who: new Intl.ListFormat('en', { type: 'disjunction' }).format(labels),
  };
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
