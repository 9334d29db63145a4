import { lazy, useState, type ReactNode } from 'react';
import type { Role } from '../domain/role';

/**
 * Each panel loads with its own code, so a home downloads only the panels it shows and the
 * landing route stays small. A panel whose code has arrived (`preload`, at boot) renders at once:
 * React.lazy would still suspend on its first render and reveal the panel a throttled moment
 * later, which delays the query the panel starts.
 */
function lazyPanel<K extends string>(
  load: () => Promise<Record<K, () => ReactNode>>,
  name: K,
): PanelComponent {
  let loaded: (() => ReactNode) | undefined;
  const preload = async (): Promise<() => ReactNode> => (loaded = (await load())[name]);
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Panel(): ReactNode {
    // Chosen once per mount, so a panel never swaps its element type (and state) mid-life.
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready /> : <Lazy />;
  }
  return Object.assign(Panel, { preload });
}

type PanelComponent = (() => ReactNode) & { preload: () => Promise<unknown> };

interface HomePanel {
  label: string;
  component: PanelComponent;
  /** Spans two grid columns on wide screens (a table that needs the room). */
  wide?: boolean;
}

/** Every panel a home can show. Later features add an entry here and to a role's list. */
const PANELS = {
  'portfolio-status': {
    label: 'Portfolio status',
    component: lazyPanel(() => import('../features/homes/portfolio-status-panel'), 'PortfolioStatusPanel'),
  },
  'needs-attention': {
    label: 'Needs attention',
    component: lazyPanel(() => import('../features/homes/needs-attention-panel'), 'NeedsAttentionPanel'),
  },
  'recently-shipped': {
    label: 'Recently shipped',
    component: lazyPanel(() => import('../features/homes/recently-shipped-panel'), 'RecentlyShippedPanel'),
  },
  'production-health': {
    label: 'Production models by health',
    component: lazyPanel(() => import('../features/homes/production-health-panel'), 'ProductionHealthPanel'),
  },
  'latest-metrics': {
    label: 'Models and their latest metrics',
    component: lazyPanel(() => import('../features/homes/latest-metrics-panel'), 'LatestMetricsPanel'),
  },
  'training-data-age': {
    label: 'Training data age',
    component: lazyPanel(() => import('../features/homes/training-data-age-panel'), 'TrainingDataAgePanel'),
  },
  'plain-summary': {
    label: 'Portfolio in brief',
    component: lazyPanel(() => import('../features/homes/plain-summary-panel'), 'PlainSummaryPanel'),
  },
  'drift-ranking': {
    label: 'Drift by model',
    component: lazyPanel(
      () => import('../features/drift/components/drift-ranking-panel'),
      'DriftRankingPanel',
    ),
  },
  'slo-breaches': {
    label: 'Breaching or burning budget',
    wide: true,
    component: lazyPanel(() => import('../features/service-health/slo-breaches-panel'), 'SloBreachesPanel'),
  },
  'open-incidents': {
    label: 'Open incidents',
    component: lazyPanel(() => import('../features/incidents/open-incidents-panel'), 'OpenIncidentsPanel'),
  },
  'firing-alerts': {
    label: 'Firing alerts',
    component: lazyPanel(() => import('./firing-alerts-home-panel'), 'FiringAlertsHomePanel'),
  },
  blocked: {
    label: 'What is blocked and why',
    component: lazyPanel(() => import('../features/delivery/blocked-panel'), 'BlockedPanel'),
  },
  'time-to-deploy': {
    label: 'Time to deploy',
    component: lazyPanel(() => import('../features/delivery/time-to-deploy-panel'), 'TimeToDeployPanel'),
  },
  'fairness-verdicts': {
    label: 'Fairness of production models',
    component: lazyPanel(
      () => import('../features/explanations/fairness/fairness-home-panel'),
      'FairnessHomePanel',
    ),
  },
  'explanation-drift': {
    label: 'Explanation drift',
    component: lazyPanel(
      () => import('../features/explanations/components/explanation-drift-home-panel'),
      'ExplanationDriftHomePanel',
    ),
  },
  'failing-pipelines': {
    label: 'Failing and late pipelines',
    component: lazyPanel(
      () => import('../features/pipelines/failing-pipelines-panel'),
      'FailingPipelinesPanel',
    ),
  },
  'stale-datasets': {
    label: 'Stale or failing datasets',
    component: lazyPanel(() => import('../features/pipelines/stale-datasets-panel'), 'StaleDatasetsPanel'),
  },
} satisfies Record<string, HomePanel>;

export type PanelId = keyof typeof PANELS;

/**
 * A home's arrangement on a wide screen (CSS grid areas named by panel id).
 * Without one, panels flow into as many columns as fit; on a narrow screen
 * every home is one column in the order of `panels`.
 */
export interface HomeLayout {
  columns: string;
  rows: string;
  areas: string[];
}

export interface RoleHome {
  title: string;
  /** Most urgent first: the reading order, and the order on a phone. */
  panels: PanelId[];
  layout?: HomeLayout;
}

export const ROLE_HOMES: Record<Role, RoleHome> = {
  'data-scientist': {
    title: 'Model health',
    panels: ['drift-ranking', 'latest-metrics', 'needs-attention', 'explanation-drift'],
  },
  'data-engineer': {
    title: 'Data overview',
    panels: ['failing-pipelines', 'stale-datasets', 'training-data-age', 'needs-attention'],
    // What is broken now across the top; the training data's age (a wide table) and the models below.
    layout: {
      columns: 'minmax(0, 1fr) minmax(0, 1fr)',
      rows: 'auto 1fr',
      areas: ['failing-pipelines stale-datasets', 'training-data-age needs-attention'],
    },
  },
  sre: {
    title: 'Operations',
    panels: ['open-incidents', 'slo-breaches', 'firing-alerts', 'production-health'],
    // Incidents over objectives on the left, alerts beside both, the health table the full width below.
    layout: {
      columns: 'minmax(0, 3fr) minmax(0, 2fr)',
      // The second row is flexible so a long alert list lengthens it, never the incidents' row.
      rows: 'auto 1fr auto',
      areas: [
        'open-incidents firing-alerts',
        'slo-breaches firing-alerts',
        'production-health production-health',
      ],
    },
  },
  'product-manager': {
    title: 'Portfolio',
    panels: ['portfolio-status', 'blocked', 'needs-attention', 'recently-shipped', 'time-to-deploy'],
    // Two even columns, so the shipped table has room for a model's name on one line.
    layout: {
      columns: 'minmax(0, 1fr) minmax(0, 1fr)',
      rows: 'auto auto 1fr',
      areas: [
        'portfolio-status recently-shipped',
        'blocked recently-shipped',
        'needs-attention time-to-deploy',
      ],
    },
  },
  stakeholder: { title: 'Summary', panels: ['plain-summary', 'portfolio-status', 'fairness-verdicts'] },
};

export function panel(id: PanelId): HomePanel {
  return PANELS[id];
}

/**
 * Starts loading a home's panels before the app has rendered (at boot, beside config.json), so
 * their code is there when React asks for it instead of one round trip later. Resolves when all
 * have arrived or failed (a failed one loads again, through React.lazy, when it renders).
 */
export async function preloadHome(role: Role): Promise<void> {
  await Promise.allSettled(ROLE_HOMES[role].panels.map((id) => PANELS[id].component.preload()));
}
