import type {
  ColumnStats,
  DatasetColumn,
  DatasetVersionInfo,
  PipelineRunState,
  QualityCheck,
  StepRunState,
} from '../../domain/pipelines/types';
import { readFacet } from './facets';
import {
  dataQualityAssertionsWire,
  dataQualityMetricsWire,
  schemaFacetWire,
  type MarquezDatasetVersion,
  type MarquezRun,
} from './schemas';

const ms = (iso: string | null | undefined): number | undefined => {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
};
export { ms as marquezTime };

/** Marquez run states: NEW is queued, ABORTED stopped before its end (skipped). */
export function toStepState(run: MarquezRun | null | undefined): StepRunState {
  switch (run?.state) {
    case 'COMPLETED':
      return 'succeeded';
    case 'FAILED':
      return 'failed';
    case 'RUNNING':
      return 'running';
    case 'NEW':
      return 'queued';
    case 'ABORTED':
      return 'skipped';
    default:
      return 'not-run';
  }
}

export function toRunState(states: readonly StepRunState[]): PipelineRunState {
  if (states.includes('failed')) return 'failed';
  if (states.includes('running')) return 'running';
  if (states.some((s) => s === 'queued' || s === 'not-run')) return 'queued';
  return 'succeeded';
}

/** `dataQualityAssertions` as checks: the assertion is what was expected, its success what was seen. */
export function assertionChecks(
  facets: Record<string, unknown> | null | undefined,
  dataset: string,
  where: string,
): { checks: QualityCheck[]; notes: string[] } {
  const read = readFacet(facets, 'dataQualityAssertions', dataQualityAssertionsWire, where);
  if (!read.ok) return { checks: [], notes: [read.note] };
  const checks = read.value.assertions.map((a, i) => ({
    id: `${dataset}.${a.column ?? 'table'}.${a.assertion}.${i}`,
    name: a.column ? `${a.column}: ${a.assertion}` : a.assertion,
    dataset,
    column: a.column ?? undefined,
    expected: `${a.assertion} holds`,
    observed: a.success ? 'held' : 'did not hold',
    result: a.success ? ('pass' as const) : ('fail' as const),
  }));
  return { checks, notes: [] };
}

function columnsOf(version: MarquezDatasetVersion, where: string, notes: string[]): DatasetColumn[] {
  const schema = readFacet(version.facets, 'schema', schemaFacetWire, where);
  const fields = schema.ok ? schema.value.fields : (version.fields ?? []);
  if (!schema.ok && !version.fields?.length) notes.push(schema.note);
  return fields.map((f) => ({ name: f.name, type: f.type ?? 'unknown' }));
}

/**
 * A Marquez dataset version: its schema (the `schema` facet, else `fields`), the metrics and
 * assertions its writing run attached (`dataQualityMetrics`, `dataQualityAssertions`, on the
 * version or on the run's output), and the input versions of the run that created it.
 */
export function toDatasetVersion(
  version: MarquezDatasetVersion,
  pipelineOf: (job?: string) => string | undefined,
): DatasetVersionInfo {
  const where = `${version.name} version ${version.version.slice(0, 8)}`;
  const notes: string[] = [];
  const run = version.createdByRun;
  const output = run?.outputDatasetVersions?.find((o) => o.datasetVersionId.name === version.name);
  const facets = { ...(output?.facets ?? {}), ...(version.facets ?? {}) };
  const columns = columnsOf(version, where, notes);
  const metrics = readFacet(facets, 'dataQualityMetrics', dataQualityMetricsWire, where);
  if (!metrics.ok) notes.push(metrics.note);
  const columnStats: ColumnStats[] = metrics.ok
    ? Object.entries(metrics.value.columnMetrics ?? {}).map(([column, m]) => ({
        column,
        nullCount: m.nullCount ?? undefined,
        distinctCount: m.distinctCount ?? undefined,
        min: m.min ?? undefined,
        max: m.max ?? undefined,
      }))
    : [];
  const assertions = assertionChecks(facets, version.name, where);
  notes.push(...assertions.notes);
  const job = (run?.facets?.parent as { job?: { name?: string } } | undefined)?.job?.name;
  return {
    dataset: version.name,
    version: version.version,
    createdAt: ms(version.createdAt) ?? 0,
    pipelineId: pipelineOf(job),
    runId: run?.id,
    rowCount: metrics.ok ? (metrics.value.rowCount ?? undefined) : undefined,
    columns,
    columnStats,
    checks: assertions.checks,
    inputs: (run?.inputDatasetVersions ?? []).map((i) => ({
      dataset: i.datasetVersionId.name,
      version: i.datasetVersionId.version,
    })),
    notes,
  };
}
