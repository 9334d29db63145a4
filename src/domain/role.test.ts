import { describe, expect, it } from 'vitest';
import { ACTIONS, can, permission, ROLES } from './role';

describe('permission', () => {
  it('says who may, in the order of the role switcher, as a sentence reads', () => {
    expect(permission('stakeholder', 'write-incident-notes')).toEqual({
      allowed: false,
      who: 'Data scientist, Data engineer, or SRE',
    });
    expect(permission('sre', 'change-incident-status')).toEqual({ allowed: true, who: 'SRE' });
  });

  it('leaves product managers and stakeholders read-only, and gives every action to someone', () => {
    for (const action of ACTIONS) {
      expect(can('product-manager', action)).toBe(false);
      expect(can('stakeholder', action)).toBe(false);
      expect(ROLES.some((role) => can(role, action))).toBe(true);
    }
  });
});
