import type { DeploymentSnapshot, IncidentDetail, IncidentNote, TimelineEvent } from '../../domain/incident';
import type { DemoFleet } from '../fleet/fleet';
import type { ModelPlan } from '../fleet/model-plan';
import { createRng } from '../fleet/prng';
import { STORY_MODELS } from '../fleet/story';
import { emailOf } from '../fleet/teams';
import { HOUR, MINUTE } from '../fleet/time';

/** How many generated models get an incident of their own, at most. */
const GENERATED_INCIDENTS = 6;

const note = (
  incidentId: string,
  n: number,
  author: string,
  createdAt: number,
  body: string,
  statusChange?: IncidentNote['statusChange'],
): IncidentNote => ({
  id: `${incidentId}-note-${n}`,
  incidentId,
  author,
  body,
  createdAt,
  statusChange,
});

const snapshot = (
  deploymentId: string,
  version: string,
  trafficPercent: number,
  replicas: number,
  config: Record<string, string>,
): DeploymentSnapshot => ({
  deploymentId,
  environment: 'production',
  version,
  trafficPercent,
  replicas,
  config,
});

/**
 * The incidents the demo starts with: the pricing latency incident (resolved,
 * with notes), the search ranker's slow burn (still open), the fraud model's
 * abrupt drift (mitigated), and a few small ones on generated models.
 */
export function seedIncidents(fleet: DemoFleet): IncidentDetail[] {
  const { now, seed } = fleet.options;
  // Replicas come from the fleet's deployment, the one the Deployments tab lists: no episode
  // scales its deployment, so before, after and now agree.
  const replicas = (model: string): number =>
    fleet.deployments(model)?.find((d) => d.id === `${model}-production`)?.replicas ?? 1;
  const incidents: IncidentDetail[] = [];
  for (const story of STORY_MODELS) {
    if (!fleet.findPlan(story.name)) continue;
    const episode = story.episode;
    const sre = emailOf('ravi.kumar');
    if (episode.kind === 'latency-incident') {
      const deployedAt = now - episode.deployedAgo;
      const id = 'INC-2041';
      const started = deployedAt + 4 * MINUTE;
      const rolledBack = now - story.lastDeployedAgo;
      const baseConfig = {
        max_batch_size: '32',
        workers: '4',
        timeout_ms: '800',
        feature_store: 'redis-primary',
      };
      incidents.push({
        id,
        title: `${story.name}: p95 latency ×${episode.latencyFactor} and ${Math.round(episode.peakErrorRate * 100)} % errors after v${episode.badVersion}`,
        severity: 'critical',
        status: 'resolved',
        model: story.name,
        deploymentId: `${story.name}-production`,
        startedAt: started,
        mitigatedAt: rolledBack,
        resolvedAt: rolledBack + 50 * MINUTE,
        summary: `v${episode.badVersion} went to production and its new demand features called the feature store once per row; p95 latency rose ${episode.latencyFactor}× and errors reached ${Math.round(episode.peakErrorRate * 100)} %. Rolled back to v${episode.goodVersion}.`,
        notes: [
          note(
            id,
            1,
            sre,
            started + 6 * MINUTE,
            `Paged by ${episode.alert}. p95 is ~4× baseline on production only; canary was not used for this release.`,
          ),
          note(
            id,
            2,
            sre,
            started + 25 * MINUTE,
            `Timeouts line up with the v${episode.badVersion} deploy at ${new Date(deployedAt).toISOString().slice(11, 16)} UTC. Feature store latency is normal, but calls per request went from 1 to ~40.`,
          ),
          note(
            id,
            3,
            sre,
            rolledBack + MINUTE,
            `Rolled back to v${episode.goodVersion}. Latency back to baseline within 3 min.`,
            { from: 'investigating', to: 'mitigated' },
          ),
          note(
            id,
            4,
            emailOf(story.owner),
            rolledBack + 50 * MINUTE,
            'Fix: batch feature lookups in the new transformer. Will ship as v15 through the canary.',
            { from: 'mitigated', to: 'resolved' },
          ),
        ],
        events: [
          {
            id: `${id}-deploy`,
            at: deployedAt,
            kind: 'deploy',
            title: `v${episode.badVersion} deployed to production`,
            detail: `by ${story.deployedBy}, from v${episode.goodVersion}; 100 % of traffic`,
          },
          {
            id: `${id}-latency`,
            at: deployedAt + 3 * MINUTE,
            kind: 'anomaly',
            title: `p95 latency ${episode.latencyFactor}× baseline`,
            severity: 'critical',
          },
          {
            id: `${id}-errors`,
            at: deployedAt + 12 * MINUTE,
            kind: 'anomaly',
            title: `Error rate ${Math.round(episode.peakErrorRate * 100)} % (baseline 0.2 %)`,
            severity: 'critical',
          },
          {
            id: `${id}-rollback`,
            at: rolledBack,
            kind: 'rollback',
            title: `Rolled back to v${episode.goodVersion}`,
            detail: `by ${episode.rolledBackBy}`,
          },
        ],
        before: [
          snapshot(`${story.name}-production`, episode.goodVersion, 100, replicas(story.name), baseConfig),
        ],
        after: [
          snapshot(`${story.name}-production`, episode.badVersion, 100, replicas(story.name), {
            ...baseConfig,
            max_batch_size: '128',
            feature_lookup: 'per-row',
          }),
        ],
      });
    } else if (episode.kind === 'error-budget-burn') {
      const id = 'INC-2057';
      const started = now - episode.startedAgo;
      const config = { max_batch_size: '64', workers: '6', timeout_ms: '300', index_shards: '12' };
      incidents.push({
        id,
        title: `${story.name}: slow error-budget burn on p95 latency`,
        severity: 'major',
        status: 'investigating',
        model: story.name,
        deploymentId: `${story.name}-production`,
        startedAt: started,
        summary: `p95 latency crosses the 150 ms objective in short bursts; the budget burns at ${episode.burnRate}× and ${Math.round(episode.budgetLeft * 100)} % is left.`,
        notes: [
          note(
            id,
            1,
            sre,
            started + 40 * MINUTE,
            'Bursts every 10–20 min, all replicas. Suspect index compaction; checking the shard logs.',
          ),
        ],
        events: [
          {
            id: `${id}-anomaly`,
            at: started,
            kind: 'anomaly',
            title: 'p95 latency above 150 ms in bursts',
            severity: 'warning',
          },
        ],
        before: [
          snapshot(
            `${story.name}-production`,
            String(story.productionVersion),
            100,
            replicas(story.name),
            config,
          ),
        ],
        after: [
          snapshot(
            `${story.name}-production`,
            String(story.productionVersion),
            100,
            replicas(story.name),
            config,
          ),
        ],
      });
    } else if (episode.kind === 'abrupt-drift') {
      const id = 'INC-2049';
      const started = now - episode.startedAgo;
      const config = { threshold: '0.82', workers: '4' };
      incidents.push({
        id,
        title: `${story.name}: new category "${episode.newCategory}" in ${episode.feature}`,
        severity: 'major',
        status: 'mitigated',
        model: story.name,
        deploymentId: `${story.name}-production`,
        startedAt: started + 2 * HOUR,
        mitigatedAt: started + 9 * HOUR,
        summary: `${episode.cause}. ${Math.round(episode.unseenShare * 100)} % of traffic carries a category the model never saw; scores for it are unreliable. Mitigated by routing "${episode.newCategory}" to manual review.`,
        notes: [
          note(
            id,
            1,
            emailOf(story.owner),
            started + 3 * HOUR,
            `Checkout started sending payment_method="${episode.newCategory}". Model treats it as unknown.`,
          ),
          note(
            id,
            2,
            sre,
            started + 9 * HOUR,
            `Rule deployed: "${episode.newCategory}" goes to manual review until retraining.`,
            { from: 'investigating', to: 'mitigated' },
          ),
        ],
        events: [
          {
            id: `${id}-drift`,
            at: started + 2 * HOUR,
            kind: 'drift',
            title: `${episode.feature} drift above threshold`,
            detail: `new category "${episode.newCategory}"`,
            severity: 'warning',
          },
        ],
        before: [
          snapshot(
            `${story.name}-production`,
            String(story.productionVersion),
            100,
            replicas(story.name),
            config,
          ),
        ],
        after: [
          snapshot(`${story.name}-production`, String(story.productionVersion), 100, replicas(story.name), {
            ...config,
            manual_review_categories: episode.newCategory,
          }),
        ],
      });
    }
  }
  let generated = 0;
  for (const plan of fleet.plans()) {
    if (generated >= GENERATED_INCIDENTS) break;
    if (STORY_MODELS.some((s) => s.name === plan.model.name) || plan.model.stage !== 'production') continue;
    if (plan.model.health.status === 'healthy' || plan.model.health.status === 'unknown') continue;
    incidents.push(generatedIncident(plan, seed, now, replicas(plan.model.name)));
    generated++;
  }
  return incidents.sort((a, b) => b.startedAt - a.startedAt);
}

function generatedIncident(plan: ModelPlan, seed: number, now: number, replicas: number): IncidentDetail {
  const rng = createRng(seed, 'incident', plan.model.name);
  const id = `INC-${1900 + plan.index}`;
  const started = now - rng.int(2, 72) * HOUR;
  const open = plan.model.health.status === 'critical';
  const config = { workers: String(rng.int(2, 8)), timeout_ms: String(rng.pick([300, 500, 800])) };
  const version = plan.model.productionVersion ?? plan.model.latestVersion;
  const events: TimelineEvent[] = [
    {
      id: `${id}-anomaly`,
      at: started,
      kind: 'anomaly',
      title: plan.model.health.reason,
      severity: plan.model.health.status === 'critical' ? 'critical' : 'warning',
    },
  ];
  return {
    id,
    title: `${plan.model.name}: ${plan.model.health.reason.split(';')[0] ?? 'degraded'}`,
    severity: plan.model.health.status === 'critical' ? 'major' : 'minor',
    status: open ? 'investigating' : 'resolved',
    model: plan.model.name,
    deploymentId: `${plan.model.name}-production`,
    startedAt: started,
    resolvedAt: open ? undefined : started + rng.int(30, 240) * MINUTE,
    summary: plan.model.health.reason,
    notes: [],
    events,
    before: [snapshot(`${plan.model.name}-production`, version, 100, replicas, config)],
    after: [snapshot(`${plan.model.name}-production`, version, 100, replicas, config)],
  };
}
