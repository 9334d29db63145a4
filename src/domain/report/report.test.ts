import { describe, expect, it } from 'vitest';
import type { RegistryEvent } from '../delivery/events';
import type { Incident } from '../incident';
import type { ModelDetail } from '../model';
import { evidenceContent, parseEvidenceContent } from './evidence-content';
import { indexAgainst } from './evidence-index';
import { buildReport } from './report';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;
const JUL = Date.UTC(2026, 6, 1);

const model: ModelDetail = {
  name: 'dynamic-pricing',
  team: 'Pricing',
  owner: 'mei.chen@example.com',
  task: 'regression',
  stage: 'production',
  productionVersion: '2',
  aliases: [],
  latestVersion: '2',
  health: { status: 'healthy', reason: 'Rolled back; resolved' },
  openAlerts: 0,
  tags: {},
  createdAt: 0,
  updatedAt: 0,
  description: 'Sets the price multiplier for each listing.',
};

const ev = (e: Partial<RegistryEvent> & Pick<RegistryEvent, 'kind' | 'version' | 'at'>): RegistryEvent => ({
  id: `${e.kind}-${e.version}-${e.at}`,
  modelName: 'dynamic-pricing',
  team: 'Pricing',
  actor: 'ci',
  ...e,
});

const EVENTS: RegistryEvent[] = [
  ev({ kind: 'registered', version: '1', at: JUL + DAY, runEndedAt: JUL }),
  ev({ kind: 'deployed', version: '1', at: JUL + 2 * DAY, environment: 'staging' }),
  ev({ kind: 'approved', version: '1', at: JUL + 9 * DAY, actor: 'risk.lead' }),
  ev({ kind: 'deployed', version: '1', at: JUL + 10 * DAY, environment: 'production' }),
  ev({ kind: 'registered', version: '2', at: JUL + 40 * DAY, runEndedAt: JUL + 40 * DAY - HOUR }),
  ev({ kind: 'deployed', version: '2', at: JUL + 41 * DAY, environment: 'staging' }),
  ev({ kind: 'approved', version: '2', at: JUL + 43 * DAY }),
  ev({ kind: 'deployed', version: '2', at: JUL + 44 * DAY, environment: 'production' }),
  ev({ kind: 'rolled-back', version: '2', at: JUL + 44 * DAY + HOUR, environment: 'production' }),
];

const INCIDENT: Incident = {
  id: 'INC-1',
  title: 'Latency after v2',
  severity: 'critical',
  status: 'resolved',
  model: 'dynamic-pricing',
  startedAt: JUL + 44 * DAY + 5 * 60_000,
  resolvedAt: JUL + 44 * DAY + 2 * HOUR,
  summary: '',
};

const report = buildReport({
  scope: { kind: 'model', model },
  period: Q3,
  incidents: [INCIDENT],
  events: EVENTS,
  generatedAt: JUL + 100 * DAY,
});

describe('buildReport', () => {
  it('writes the executive summary in plain words from the data', () => {
    expect(report.title).toBe('dynamic-pricing: report for Q3 2026');
    expect(report.summary).toEqual([
      'dynamic-pricing: sets the price multiplier for each listing.',
      'Today it works as expected.',
      'In Q3 2026, 2 new versions went live.',
      'A new version typically took 7 days from training to going live.',
      'Most of that time was spent waiting for approval.',
      '1 release had to be undone or caused an incident.',
      '1 incident was handled; a typical fix took 2 hours.',
      'We have no fairness checks for this period, so we cannot yet say whether the models stayed fair.',
    ]);
  });

  it('gives key figures with their trend against the period before', () => {
    const releases = report.figures.find((f) => f.id === 'releases');
    expect(releases).toMatchObject({ value: 2, previous: 0, trend: 'Up from Q2 2026 (better)' });
    expect(report.figures.find((f) => f.id === 'lead-time')?.trend).toBe(
      'No figure for Q2 2026 to compare with',
    );
  });

  it('lists incidents with their resolution and time to restore', () => {
    expect(report.incidents[0]).toMatchObject({
      restoreMs: HOUR + 55 * 60_000,
      resolution: 'Resolved after 2 hours',
    });
  });

  it('says a period with no data in words', () => {
    const empty = buildReport({
      scope: { kind: 'model', model },
      period: { kind: 'month', year: 2026, month: 12 },
      incidents: [],
      events: EVENTS,
      generatedAt: 0,
    });
    expect(empty.notices[0]).toBe(
      'Nothing was recorded for dynamic-pricing in December 2026: no registry changes, no releases and no incidents.',
    );
    expect(empty.summary).toContain('No new version went live in December 2026.');
  });

  it('says a model never went to production', () => {
    const r = buildReport({
      scope: { kind: 'model', model: { ...model, productionVersion: undefined } },
      period: Q3,
      incidents: [],
      events: EVENTS.slice(0, 2),
      generatedAt: 0,
    });
    expect(r.notices).toContain(
      'dynamic-pricing has never been deployed to production, so there are no live figures to report.',
    );
  });

  it('names the statistics it uses in the appendix', () => {
    expect(report.appendix.map((a) => a.term)).toEqual([
      'Median and 90th percentile',
      'Change failure rate',
      'Time to restore',
    ]);
  });
});

describe('evidence packs', () => {
  const meta = {
    name: model.name,
    version: '2',
    team: model.team,
    owner: model.owner,
    description: model.description,
  };
  it('freeze aggregates only, as text that reads back', () => {
    const { text, content } = evidenceContent(report, meta);
    expect(parseEvidenceContent(text)).toEqual(content);
    expect(text).not.toMatch(/"rows"|"predictions"/);
    expect(parseEvidenceContent('not json')).toBeUndefined();
  });

  it('index every Annex IV section and NIST function, marking what the pack cannot answer', () => {
    const index = indexAgainst(new Set(['model', 'figures', 'incidents', 'releases']));
    const annex = index[0]!.points;
    expect(annex).toHaveLength(9);
    expect(annex.filter((p) => p.missing).map((p) => p.ref)).toEqual([
      'Annex IV §4',
      'Annex IV §5',
      'Annex IV §7',
      'Annex IV §8',
    ]);
    expect(index[1]!.points.map((p) => [p.ref, p.missing])).toEqual([
      ['Govern', true],
      ['Map', false],
      ['Measure', false],
      ['Manage', false],
    ]);
  });
});
