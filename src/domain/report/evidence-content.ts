import type { EvidenceKey } from './evidence-index';
import type { Report } from './report';

/** The frozen body of an evidence pack: aggregates of the report only, never raw rows. */
export interface EvidenceContent {
  schema: 'sightline.evidence-pack/1';
  title: string;
  model: { name: string; version: string; team: string; owner: string; description: string };
  periodLabel: string;
  summary: string[];
  notices: string[];
  evidence: Partial<Record<EvidenceKey, unknown>>;
}

/** The pack's content as the exact text to hash and store: JSON with keys in a fixed order. */
export function evidenceContent(
  report: Report,
  model: { name: string; version: string; team: string; owner: string; description: string },
): { text: string; content: EvidenceContent } {
  const d = report.delivery;
  const approvals = d.paths.filter((p) => p.at.approved !== undefined).length;
  const evidence: EvidenceContent['evidence'] = {
    model,
    figures: report.figures.map((f) => ({
      id: f.id,
      label: f.label,
      value: f.value ?? null,
      previous: f.previous ?? null,
      trend: f.trend,
    })),
    incidents: report.incidents.map((r) => ({
      id: r.incident.id,
      severity: r.incident.severity,
      status: r.incident.status,
      startedAt: new Date(r.incident.startedAt).toISOString(),
      restoreMs: r.restoreMs ?? null,
      resolution: r.resolution,
    })),
    releases: {
      count: d.metrics.deployments,
      medianLeadMs: d.metrics.medianLeadMs ?? null,
      p90LeadMs: d.metrics.p90LeadMs ?? null,
      changeFailureRate: d.metrics.changeFailureRate ?? null,
      rolledBack: d.releases.filter((r) => r.fate.kind === 'rolled-back').map((r) => r.path.version),
    },
  };
  if (approvals > 0) evidence.approvals = { versionsApproved: approvals };
  if (d.blocked.length > 0)
    evidence.blocked = d.blocked.map((b) => ({ version: b.path.version, blocker: b.blocker?.kind ?? null }));
  if (report.incidents.length === 0) delete evidence.incidents;
  const content: EvidenceContent = {
    schema: 'sightline.evidence-pack/1',
    title: report.title,
    model,
    periodLabel: report.periodLabel,
    summary: report.summary,
    notices: report.notices,
    evidence,
  };
  return { text: JSON.stringify(content), content };
}

/** Reads a stored pack's text back; undefined when it is not a pack this version of Sightline wrote. */
export function parseEvidenceContent(text: string): EvidenceContent | undefined {
  try {
    const value = JSON.parse(text) as Partial<EvidenceContent>;
    return value.schema === 'sightline.evidence-pack/1' && typeof value.evidence === 'object'
      ? (value as EvidenceContent)
      : undefined;
  } catch {
    return undefined;
  }
}
