import type { Role } from '../domain/role';
import {
  CONNECTIONS_PATH,
  EXPLORE_PATH,
  INCIDENTS_PATH,
  MODELS_PATH,
  PIPELINES_PATH,
  REPORTS_PATH,
  TIME_TO_DEPLOY_PATH,
} from '../lib/paths';

export interface NavItem {
  id: string;
  label: string;
  path: string;
}

export const homePath = (role: Role): string => `/home/${role}`;

/** Each role sees its own order and words: an SRE thinks in services, a stakeholder in reports. */
export function navigationFor(role: Role): NavItem[] {
  const home = homePath(role);
  const connections: NavItem = { id: 'connections', label: 'Connections', path: CONNECTIONS_PATH };
  const explore: NavItem = { id: 'explore', label: 'Explore', path: EXPLORE_PATH };
  switch (role) {
    case 'data-scientist':
      return [
        { id: 'home', label: 'Model health', path: home },
        { id: 'models', label: 'Models', path: MODELS_PATH },
        { id: 'incidents', label: 'Incidents', path: INCIDENTS_PATH },
        explore,
        connections,
      ];
    case 'data-engineer':
      return [
        { id: 'home', label: 'Data overview', path: home },
        { id: 'pipelines', label: 'Pipelines', path: PIPELINES_PATH },
        { id: 'models', label: 'Models', path: MODELS_PATH },
        { id: 'incidents', label: 'Incidents', path: INCIDENTS_PATH },
        connections,
      ];
    case 'sre':
      return [
        { id: 'home', label: 'Operations', path: home },
        { id: 'incidents', label: 'Incidents', path: INCIDENTS_PATH },
        { id: 'models', label: 'Services', path: MODELS_PATH },
        explore,
        connections,
      ];
    case 'product-manager':
      return [
        { id: 'home', label: 'Portfolio', path: home },
        { id: 'models', label: 'Models', path: MODELS_PATH },
        { id: 'time-to-deploy', label: 'Time to deploy', path: TIME_TO_DEPLOY_PATH },
        { id: 'incidents', label: 'Incidents', path: INCIDENTS_PATH },
        connections,
      ];
    case 'stakeholder':
      return [
        { id: 'home', label: 'Summary', path: home },
        { id: 'reports', label: 'Reports', path: REPORTS_PATH },
        { id: 'models', label: 'All models', path: MODELS_PATH },
        connections,
      ];
  }
}
