import { assemblePlan, versionTimeline, type ModelPlan, type VersionIssue } from './model-plan';
import { createRng } from './prng';
import type { StoryModel } from './story-model';

/** A story model's plan: its facts are fixed, only the spacing of older versions is drawn. */
export function planStoryModel(story: StoryModel, index: number, seed: number, now: number): ModelPlan {
  const rng = createRng(seed, 'story', story.name);
  const versionIssues: Record<number, VersionIssue> = {};
  for (const [version, message] of Object.entries(story.failedVersions ?? {})) {
    versionIssues[Number(version)] = { status: 'failed', message };
  }
  const lastDeployedAt = now - story.lastDeployedAgo;
  const shipped = [
    { version: story.productionVersion, at: lastDeployedAt },
    ...(story.alsoShipped ?? []).map((s) => ({ version: s.version, at: now - s.ago })),
  ];
  return assemblePlan({
    index,
    name: story.name,
    team: story.team,
    task: story.task,
    stage: 'production',
    ownerHandle: story.owner,
    framework: story.framework,
    dataset: story.dataset,
    sourceFile: story.sourceFile,
    features: story.features,
    tags: {
      domain: story.tags.domain,
      tier: story.tags.tier,
      pii: String(story.tags.pii),
      framework: story.framework,
    },
    description: story.description,
    health: story.health(now),
    openAlerts: story.openAlerts,
    versionTimes: versionTimeline(story.versionCount, story.versionAgos, now, rng),
    productionVersion: story.productionVersion,
    challengerVersion: story.challengerVersion,
    versionIssues,
    lastDeployedAt,
    shipped,
    deployedBy: story.deployedBy,
    canary: story.challengerVersion !== undefined,
    shadow: false,
    quality: story.quality,
    errorScale: rng.float(2, 8),
  });
}
