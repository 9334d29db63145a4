import type { ComponentType } from 'react';
import { ServiceTab } from './service-tab';
import { DeploymentsTab } from '../features/deployments/deployments-tab';
import { DriftTab, PerformanceTab } from './monitoring-tabs';
import { ModelCompareTab } from '../features/models/model-compare-tab';
import { ModelLineageTab } from '../features/models/model-lineage-tab';
import { ModelVersionsTab } from '../features/models/model-versions-tab';
import { ExplanationsTab, FairnessTab } from './explanation-tabs';

export interface ModelTab {
  /** The URL segment: `/models/:name/:tab`; the first tab has none. */
  id: string;
  label: string;
  component: ComponentType<{ name: string }>;
}

/** The model page's tabs. Later features add theirs here. */
export const MODEL_TABS: ModelTab[] = [
  { id: 'versions', label: 'Versions', component: ModelVersionsTab },
  { id: 'drift', label: 'Drift', component: DriftTab },
  { id: 'performance', label: 'Performance', component: PerformanceTab },
  { id: 'compare', label: 'Compare', component: ModelCompareTab },
  { id: 'lineage', label: 'Lineage', component: ModelLineageTab },
  { id: 'deployments', label: 'Deployments', component: DeploymentsTab },
  { id: 'service', label: 'Service health', component: ServiceTab },
  { id: 'explanations', label: 'Explanations', component: ExplanationsTab },
  { id: 'fairness', label: 'Fairness', component: FairnessTab },
];
