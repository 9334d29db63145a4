import type { ComponentType } from 'react';
import type { Role } from '../domain/role';
import { DriftRankingPanel } from '../features/drift/drift-ranking-panel';
import { FiringAlertsPanel } from '../features/alerts/firing-alerts-panel';
import { LatestMetricsPanel } from '../features/homes/latest-metrics-panel';
import { OpenIncidentsPanel } from '../features/incidents/open-incidents-panel';
import { SloBreachesPanel } from '../features/service-health/slo-breaches-panel';
import { NeedsAttentionPanel } from '../features/homes/needs-attention-panel';
import { PlainSummaryPanel } from '../features/homes/plain-summary-panel';
import { PortfolioStatusPanel } from '../features/homes/portfolio-status-panel';
import { ProductionHealthPanel } from '../features/homes/production-health-panel';
import { RecentlyShippedPanel } from '../features/homes/recently-shipped-panel';
import { TrainingDataAgePanel } from '../features/homes/training-data-age-panel';

/** Every panel a home can show. Later features add an entry here and to a role's list. */
const PANELS = {
  'portfolio-status': { label: 'Portfolio status', component: PortfolioStatusPanel },
  'needs-attention': { label: 'Needs attention', component: NeedsAttentionPanel },
  'recently-shipped': { label: 'Recently shipped', component: RecentlyShippedPanel },
  'production-health': { label: 'Production models by health', component: ProductionHealthPanel },
  'latest-metrics': { label: 'Models and their latest metrics', component: LatestMetricsPanel },
  'training-data-age': { label: 'Training data age', component: TrainingDataAgePanel },
  'plain-summary': { label: 'Portfolio in brief', component: PlainSummaryPanel },
  'drift-ranking': { label: 'Drift by model', component: DriftRankingPanel },
  'slo-breaches': { label: 'Breaching or burning budget', component: SloBreachesPanel },
  'open-incidents': { label: 'Open incidents', component: OpenIncidentsPanel },
  'firing-alerts': { label: 'Firing alerts', component: FiringAlertsPanel },
} satisfies Record<string, { label: string; component: ComponentType }>;

export type PanelId = keyof typeof PANELS;

export interface RoleHome {
  title: string;
  /** Most urgent first. */
  panels: PanelId[];
}

export const ROLE_HOMES: Record<Role, RoleHome> = {
  'data-scientist': { title: 'Model health', panels: ['drift-ranking', 'latest-metrics', 'needs-attention'] },
  'data-engineer': { title: 'Data overview', panels: ['training-data-age', 'needs-attention'] },
  sre: {
    title: 'Operations',
    panels: ['slo-breaches', 'open-incidents', 'firing-alerts', 'production-health'],
  },
  'product-manager': {
    title: 'Portfolio',
    panels: ['portfolio-status', 'needs-attention', 'recently-shipped'],
  },
  stakeholder: { title: 'Summary', panels: ['plain-summary', 'portfolio-status'] },
};

export function panel(id: PanelId): { label: string; component: ComponentType } {
  return PANELS[id];
}
