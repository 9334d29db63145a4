import { toCsv } from '../../domain/csv';
import type { ModelSummary } from '../../domain/model';

const HEADER = [
  'model',
  'team',
  'owner',
  'task',
  'production_version',
  'aliases',
  'stage',
  'health',
  'health_reason',
  'last_deployed_utc',
  'open_alerts',
  'drift',
  'drifted_features',
];

/** The rows on screen as CSV, with absolute UTC times (relative times age badly in a file). */
export function fleetCsv(rows: readonly ModelSummary[]): string {
  return toCsv([
    HEADER,
    ...rows.map((m) => [
      m.name,
      m.team,
      m.owner,
      m.task,
      m.productionVersion ?? '',
      m.aliases.map((a) => `${a.alias}=v${a.version}`).join(' '),
      m.stage,
      m.health.status,
      m.health.reason,
      m.lastDeployedAt === undefined ? '' : new Date(m.lastDeployedAt).toISOString(),
      String(m.openAlerts),
      m.drift?.status ?? '',
      m.drift ? m.drift.topFeatures.join(' ') : '',
    ]),
  ]);
}
