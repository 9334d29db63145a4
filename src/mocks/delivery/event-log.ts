import type { RegistryEvent } from '../../domain/delivery/events';
import type { IncidentDetail } from '../../domain/incident';
import type { DemoFleet } from '../fleet/fleet';
import type { ModelPlan } from '../fleet/model-plan';
import { createRng, type Rng } from '../fleet/prng';
import { runTiming } from '../fleet/runs';
import { emailOf, TEAMS } from '../fleet/teams';
import { HOUR, MINUTE } from '../fleet/time';

/** Who signs a team's releases off: its second person (the first usually owns the models). */
const approverOf = (plan: ModelPlan): string => emailOf(TEAMS[plan.team].people[1] ?? plan.ownerHandle);

/** Why a challenger waits, in the story: each blocker once, with who can clear it. */
const STORY_BLOCKERS: Record<
  string,
  (plan: ModelPlan, incidents: readonly IncidentDetail[]) => Partial<RegistryEvent>
> = {
  'churn-predictor': (plan) => ({
    kind: 'approval-requested',
    reason: 'Tier-1 model: a new version needs the model risk review’s sign-off',
    unblockedBy: approverOf(plan),
  }),
  'search-ranker': (plan, incidents) => {
    const open = incidents.find((i) => i.model === plan.model.name && i.status !== 'resolved');
    return {
      kind: 'incident-opened',
      incidentId: open?.id,
      reason: `Promotion on hold while ${open?.id ?? 'an incident'} is open on the production version`,
      unblockedBy: open ? emailOf(TEAMS[plan.team].people[0] ?? plan.ownerHandle) : plan.model.owner,
    };
  },
};

interface Builder {
  events: RegistryEvent[];
  add(event: Omit<RegistryEvent, 'id' | 'modelName' | 'team'>): void;
}

function builder(plan: ModelPlan): Builder {
  const events: RegistryEvent[] = [];
  return {
    events,
    add(event) {
      events.push({
        id: `${plan.index}-${events.length}`,
        modelName: plan.model.name,
        team: plan.team,
        ...event,
      });
    },
  };
}

/** One version's way to production, shipped at `shippedAt`: staging soon after, approval just before. */
function ship(
  b: Builder,
  plan: ModelPlan,
  version: number,
  createdAt: number,
  shippedAt: number,
  rng: Rng,
): void {
  const v = String(version);
  const gap = Math.max(20 * MINUTE, shippedAt - createdAt);
  const staging = createdAt + Math.min(gap * 0.1, rng.int(1, 12) * HOUR);
  const approved = shippedAt - Math.min(gap * 0.08, rng.int(1, 5) * HOUR);
  b.add({ kind: 'deployed', version: v, at: staging, actor: 'ml-deploy-bot', environment: 'staging' });
  b.add({
    kind: 'approval-requested',
    version: v,
    at: staging + MINUTE,
    actor: plan.model.owner,
    unblockedBy: approverOf(plan),
  });
  b.add({
    kind: 'approved',
    version: v,
    at: approved,
    actor: approverOf(plan),
    reason: 'Evaluation and fairness checks reviewed',
  });
  b.add({ kind: 'alias-moved', version: v, at: shippedAt, actor: plan.deployedBy, alias: 'champion' });
  b.add({ kind: 'deployed', version: v, at: shippedAt, actor: plan.deployedBy, environment: 'production' });
}

/** A model's log, oldest first, agreeing with its plan: versions, production, challenger, incidents. */
export function modelEventLog(
  plan: ModelPlan,
  seed: number,
  now: number,
  incidents: readonly IncidentDetail[],
): RegistryEvent[] {
  const rng = createRng(seed, 'event-log', plan.index);
  const b = builder(plan);
  const times = plan.versionTimes;
  // A version "shipped" after a later one was shipped came back by a rollback: its own release was earlier.
  const restored = new Set(
    plan.shipped
      .filter((s) => plan.shipped.some((o) => o.version > s.version && o.at < s.at))
      .map((s) => s.version),
  );
  const releases = plan.shipped.filter((s) => !restored.has(s.version));
  const shipped = new Map(releases.map((s) => [s.version, s.at]));
  const production = plan.productionVersion;
  times.forEach((createdAt, i) => {
    const version = i + 1;
    const v = String(version);
    const next = times[i + 1] ?? now;
    b.add({
      kind: 'registered',
      version: v,
      at: createdAt,
      actor: plan.model.owner,
      runEndedAt: runTiming(plan, version, seed).endedAt,
    });
    const issue = plan.versionIssues[version];
    if (issue?.status === 'failed') {
      b.add({
        kind: 'validation-failed',
        version: v,
        at: createdAt + 5 * MINUTE,
        actor: 'validation-pipeline',
        reason: issue.message,
        unblockedBy: plan.model.owner,
      });
      return;
    }
    const shippedAt = shipped.get(version);
    if (shippedAt !== undefined && shippedAt > createdAt) ship(b, plan, version, createdAt, shippedAt, rng);
    else if (restored.has(version) || (production !== undefined && version < production && rng.chance(0.7))) {
      // An earlier release: shipped before the next version came along, after a wait for sign-off.
      ship(b, plan, version, createdAt, createdAt + (next - createdAt) * rng.float(0.3, 0.85), rng);
    } else if (
      version === plan.challengerVersion ||
      (plan.model.stage === 'staging' && version === times.length)
    ) {
      const staging = Math.min(createdAt + rng.int(1, 6) * HOUR, now - 10 * MINUTE);
      b.add({ kind: 'deployed', version: v, at: staging, actor: 'ml-deploy-bot', environment: 'staging' });
      b.add({ kind: 'stage-changed', version: v, at: staging, actor: 'ml-deploy-bot', stage: 'staging' });
      const story = STORY_BLOCKERS[plan.model.name]?.(plan, incidents);
      const blocker: Partial<RegistryEvent> = story ?? {
        kind: 'approval-requested',
        unblockedBy: approverOf(plan),
        reason: 'Waiting for the team’s release sign-off',
      };
      b.add({
        kind: 'approval-requested',
        actor: plan.model.owner,
        ...blocker,
        version: v,
        at: staging + 2 * MINUTE,
      });
    }
  });
  for (const incident of incidents.filter((i) => i.model === plan.model.name)) {
    const version =
      releases.filter((s) => s.at <= incident.startedAt).sort((a, b2) => b2.at - a.at)[0]?.version ??
      production;
    const v = String(version ?? times.length);
    b.add({
      kind: 'incident-opened',
      version: v,
      at: incident.startedAt,
      actor: 'alertmanager',
      incidentId: incident.id,
      reason: incident.title,
    });
    if (incident.mitigatedAt !== undefined && incident.events.some((e) => e.kind === 'rollback'))
      b.add({
        kind: 'rolled-back',
        version: v,
        at: incident.mitigatedAt,
        actor: plan.deployedBy,
        environment: 'production',
        reason: incident.title,
      });
    if (incident.resolvedAt !== undefined)
      b.add({
        kind: 'incident-resolved',
        version: v,
        at: incident.resolvedAt,
        actor: 'on-call',
        incidentId: incident.id,
      });
  }
  return b.events.filter((e) => e.at <= now).sort((a, b2) => a.at - b2.at);
}

/** The whole fleet's log, newest first (the order the contract pages it in). */
export function fleetEventLog(fleet: DemoFleet, incidents: readonly IncidentDetail[]): RegistryEvent[] {
  const { seed, now } = fleet.options;
  return fleet
    .plans()
    .flatMap((plan) => modelEventLog(plan, seed, now, incidents))
    .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
}
