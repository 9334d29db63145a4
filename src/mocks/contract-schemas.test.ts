import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RETRAINING_STATUSES } from '../domain/retraining';
import {
  categoricalProfileWire,
  categoricalTimelineWire,
  DRIFT_METHOD_NAMES,
  driftRankingEntryWire,
  driftRankingWire,
  driftReferenceWire,
  driftReportWire,
  driftTimelineWire,
  featureScoreWire,
  labelDelayWire,
  methodOverrideWire,
  metricSeriesWire,
  monitoringConfigWire,
  monitoringMarkerWire,
  numericProfileWire,
  numericTimelineWire,
  P_VALUE_CORRECTIONS,
  performanceReportWire,
  summaryStatisticsWire,
} from '../sources/rest/monitoring-schemas';
import { retrainingListWire, retrainingRequestWire } from '../sources/rest/operations-schemas';
import { modelDriftStatusWire } from '../sources/rest/schemas';
import {
  evidencePackDraftWire,
  evidencePackWire,
  registryEventPageWire,
  registryEventWire,
} from '../sources/rest/delivery-schemas';
import { ALERT_SEVERITIES } from '../domain/alert';
import { ENVIRONMENTS } from '../domain/deployment';
import { INCIDENT_SEVERITIES, INCIDENT_STATUSES, TIMELINE_KINDS } from '../domain/incident';
import { ROLLOUT_ACTIONS } from '../domain/rollout';
import { SLO_SIGNALS } from '../domain/slo';
import { SERVING_SIGNALS } from '../sources/capabilities';
import {
  alertHistoryWire,
  alertIntervalWire,
  alertListWire,
  alertWire,
  seriesResultWire,
  seriesWire,
  silenceListWire,
  silenceWire,
} from '../sources/rest/observability-schemas';
import {
  actionResultWire,
  deploymentSnapshotWire,
  incidentDetailWire,
  incidentListWire,
  incidentNoteWire,
  incidentWire,
  objectiveListWire,
  objectiveStatusWire,
  rolloutEventWire,
  rolloutListWire,
  timelineEventWire,
} from '../sources/rest/operations-schemas';
import { HEALTH_STATUSES } from '../domain/health';
import { RUN_STATUSES } from '../domain/lineage';
import { MODEL_STAGES, MODEL_TASKS, VERSION_STATUSES } from '../domain/model';
import {
  deploymentListWire,
  deploymentWire,
  errorWire,
  facetsWire,
  fleetSummaryWire,
  healthWire,
  modelDetailWire,
  modelPageWire,
  modelSummaryWire,
  modelVersionWire,
  serverInfoWire,
  trainingRunWire,
  versionListWire,
} from '../sources/rest/schemas';
import {
  attributeGroupsWire,
  cohortAttributionsWire,
  contributionWire,
  explanationDriftEntryWire,
  explanationDriftRankingWire,
  explanationDriftWire,
  fairnessOverviewWire,
  featureAttributionWire,
  globalAttributionsWire,
  groupCountsReportWire,
  groupCountWire,
  localExplanationWire,
  predictionPageWire,
  predictionSummaryWire,
  sampleMatrixWire,
} from '../sources/rest/explanations-schemas';
import { createDemoServer } from './node';
import { CLIENT_SCHEMAS } from './testing/client-schemas';
import { tourDemo, type TourStop } from './testing/demo-tour';
import { loadContract } from './testing/openapi-validator';

/**
 * contract/openapi.yaml and src/sources/rest/schemas.ts describe the same
 * payloads twice, for different readers. These tests keep them equal: the same
 * fields, the same required ones, the same enums, and the same verdict on
 * every single-field change of real payloads.
 */

const contract = loadContract();
type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };
const components = (contract.document.components as unknown as { schemas: Record<string, JsonSchema> })
  .schemas;

function component(name: string): JsonSchema {
  const schema = components[name];
  if (!schema) throw new Error(`No component ${name}`);
  return schema;
}

/** Properties and required names of a component, with `allOf` of `$ref`s flattened. */
function fieldsOf(schema: JsonSchema): { properties: string[]; required: string[] } {
  const parts = (schema.allOf as JsonSchema[] | undefined) ?? [schema];
  const resolved = parts.map((part) =>
    typeof part.$ref === 'string' ? component(part.$ref.replace('#/components/schemas/', '')) : part,
  );
  return {
    properties: resolved.flatMap((part) => Object.keys(part.properties ?? {})).sort(),
    required: resolved.flatMap((part) => part.required ?? []).sort(),
  };
}

function zodFields(schema: z.core.$ZodObject): { properties: string[]; required: string[] } {
  const entries = Object.entries(schema._zod.def.shape);
  return {
    properties: entries.map(([key]) => key).sort(),
    required: entries
      .filter(([, field]) => !z.safeParse(field, undefined).success)
      .map(([key]) => key)
      .sort(),
  };
}

const PAIRS: [string, z.core.$ZodObject][] = [
  ['Health', healthWire],
  ['ModelAlias', modelSummaryWire.shape.aliases._zod.def.element],
  ['ModelSummary', modelSummaryWire],
  ['ModelDetail', modelDetailWire],
  ['ModelPage', modelPageWire],
  ['ModelVersion', modelVersionWire],
  ['ModelVersionList', versionListWire],
  ['DatasetVersion', trainingRunWire.shape.datasets._zod.def.element],
  ['TrainingRun', trainingRunWire],
  ['Facets', facetsWire],
  ['HealthCounts', fleetSummaryWire.shape.byHealth],
  ['StageCounts', fleetSummaryWire.shape.byStage],
  ['ShippedVersion', fleetSummaryWire.shape.recentlyShipped._zod.def.element],
  ['TrainingDataAge', fleetSummaryWire.shape.trainingDataAge._zod.def.element],
  ['FleetSummary', fleetSummaryWire],
  ['Deployment', deploymentWire],
  ['DeploymentList', deploymentListWire],
  ['ServerInfo', serverInfoWire],
  ['RegistryEvent', registryEventWire],
  ['RegistryEventPage', registryEventPageWire],
  ['EvidencePackDraft', evidencePackDraftWire],
  ['EvidencePack', evidencePackWire],
  ['RolloutEvent', rolloutEventWire],
  ['RolloutList', rolloutListWire],
  ['ObjectiveStatus', objectiveStatusWire],
  ['ObjectiveList', objectiveListWire],
  ['Incident', incidentWire],
  ['IncidentList', incidentListWire],
  ['IncidentNote', incidentNoteWire],
  ['TimelineEvent', timelineEventWire],
  ['DeploymentSnapshot', deploymentSnapshotWire],
  ['IncidentDetail', incidentDetailWire],
  ['ActionResult', actionResultWire],
  ['Series', seriesWire],
  ['SeriesResult', seriesResultWire],
  ['Alert', alertWire],
  ['AlertList', alertListWire],
  ['SilenceMatcher', silenceWire.shape.matchers._zod.def.element],
  ['Silence', silenceWire],
  ['SilenceList', silenceListWire],
  ['AlertInterval', alertIntervalWire],
  ['AlertHistory', alertHistoryWire],
  ['RetrainingRequest', retrainingRequestWire],
  ['RetrainingRequestList', retrainingListWire],
  ['ModelDriftStatus', modelDriftStatusWire],
  ['MethodOverride', methodOverrideWire],
  ['MonitoringConfig', monitoringConfigWire],
  ['SummaryStatistics', summaryStatisticsWire],
  ['NumericSide', numericProfileWire.shape.reference],
  ['NumericProfile', numericProfileWire],
  ['CategoricalSide', categoricalProfileWire.shape.reference],
  ['CategoricalProfile', categoricalProfileWire],
  ['DriftReference', driftReferenceWire],
  ['MonitoringMarker', monitoringMarkerWire],
  ['DriftReport', driftReportWire],
  ['NumericTimeline', numericTimelineWire],
  ['CategoricalTimeline', categoricalTimelineWire],
  ['DriftTimeline', driftTimelineWire],
  ['MetricSeries', metricSeriesWire],
  ['LabelDelay', labelDelayWire],
  ['PerformanceReport', performanceReportWire],
  ['FeatureScore', featureScoreWire],
  ['DriftRankingEntry', driftRankingEntryWire],
  ['DriftRanking', driftRankingWire],
  ['Error', errorWire],
  ['FeatureAttribution', featureAttributionWire],
  ['GlobalAttributions', globalAttributionsWire],
  ['CohortAttributions', cohortAttributionsWire],
  ['PredictionSummary', predictionSummaryWire],
  ['PredictionPage', predictionPageWire],
  ['Contribution', contributionWire],
  ['LocalExplanation', localExplanationWire],
  ['SampleMatrix', sampleMatrixWire],
  ['ExplanationDrift', explanationDriftWire],
  ['GroupCount', groupCountWire],
  ['AttributeGroups', attributeGroupsWire],
  ['GroupCountsReport', groupCountsReportWire],
  ['FairnessOverview', fairnessOverviewWire],
  ['ExplanationDriftEntry', explanationDriftEntryWire],
  ['ExplanationDriftRanking', explanationDriftRankingWire],
];

describe('contract/openapi.yaml and the client schemas', () => {
  it.each(PAIRS)('%s has the same fields and required fields', (name, schema) => {
    expect(fieldsOf(component(name))).toEqual(zodFields(schema));
  });

  it('has the same enums as the domain', () => {
    const enums = Object.fromEntries(Object.entries(components).map(([name, schema]) => [name, schema.enum]));
    expect(enums).toMatchObject({
      HealthStatus: HEALTH_STATUSES,
      ModelTask: MODEL_TASKS,
      ModelStage: MODEL_STAGES,
      VersionStatus: VERSION_STATUSES,
      RunStatus: RUN_STATUSES,
      Environment: ENVIRONMENTS,
      RolloutAction: ROLLOUT_ACTIONS,
      SloSignal: SLO_SIGNALS,
      IncidentSeverity: INCIDENT_SEVERITIES,
      IncidentStatus: INCIDENT_STATUSES,
      TimelineKind: TIMELINE_KINDS,
      ServingSignal: SERVING_SIGNALS,
      AlertSeverity: ALERT_SEVERITIES,
      RetrainingStatus: RETRAINING_STATUSES,
      DriftMethod: DRIFT_METHOD_NAMES,
      PValueCorrection: P_VALUE_CORRECTIONS,
    });
  });
});

// Values that probe types, formats, bounds, enums and nullability all at once.
const PROBES: unknown[] = [
  undefined,
  null,
  '',
  'bogus',
  '2026-11-27T10:00:00.000Z',
  1.5,
  -1,
  142,
  true,
  [],
  {},
];
type Path = (string | number)[];

/** Every place in a payload a field can change: object properties and the first element of each list. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.length ? [[...path, 0], ...pathsOf(value[0], [...path, 0])] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [[...path, key], ...pathsOf(child, [...path, key])]);
}

function withValue(root: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined && !Array.isArray(parent)) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return copy;
}

describe('on real payloads changed one field at a time', () => {
  const server = createDemoServer({ now: Date.parse('2026-11-29T12:00:00.000Z') });
  let samples: TourStop[] = [];

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    const stops = (await tourDemo()).filter((stop) => stop.status === 200);
    // The largest answer of each operation carries the most optional fields.
    const largest = new Map<string, TourStop>();
    for (const stop of stops) {
      const best = largest.get(stop.operationId);
      if (!best || JSON.stringify(stop.body).length > JSON.stringify(best.body).length)
        largest.set(stop.operationId, stop);
    }
    samples = [...largest.values()];
  });
  afterAll(() => server.close());

  it('the OpenAPI schema and the zod schema agree on every change', () => {
    const disagreements: string[] = [];
    let checked = 0;
    for (const stop of samples) {
      const ajv = contract.response(stop.operationId, 200);
      const zod = CLIENT_SCHEMAS[stop.operationId];
      for (const path of pathsOf(stop.body)) {
        for (const probe of PROBES) {
          const changed = withValue(stop.body, path, probe);
          const byContract = ajv(changed);
          const byClient = zod?.safeParse(changed).success;
          checked++;
          if (byContract !== byClient) {
            disagreements.push(
              `${stop.operationId} ${path.join('.')} = ${JSON.stringify(probe)}: contract ${byContract}, client ${byClient}`,
            );
          }
        }
      }
    }

    expect(samples).toHaveLength(contract.operationIds.length);
    expect(checked).toBeGreaterThan(1000);
    expect(disagreements).toEqual([]);
  });
});
