export const ROLES = ['data-scientist', 'data-engineer', 'sre', 'product-manager', 'stakeholder'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  'data-scientist': 'Data scientist',
  'data-engineer': 'Data engineer',
  sre: 'SRE',
  'product-manager': 'Product manager',
  stakeholder: 'Stakeholder',
};

export const ACTIONS = ['request-retraining', 'roll-back', 'shift-traffic', 'promote'] as const;
export type Action = (typeof ACTIONS)[number];

/** Who may do what. The UI hides what a role may not do; a backend's 403 is still shown. */
const PERMISSIONS: Record<Role, readonly Action[]> = {
  'data-scientist': ['request-retraining', 'promote'],
  'data-engineer': ['request-retraining'],
  sre: ['roll-back', 'shift-traffic'],
  'product-manager': [],
  stakeholder: [],
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
