import type { ReactNode } from 'react';
import { formatInteger } from '../../../ui/format';
import { Panel } from '../../../ui/panel';
import { StatusBadge } from '../../../ui/status-badge';
import { driftAnswer } from '../drift-answer';
import { DRIFT_STATUS_LABELS } from '../drift-format';
import { DriftSettingsPanel } from './drift-settings-panel';
import { DriftShareChart } from './drift-share-chart';
import type { DriftSlots, DriftViewProps } from '../drift-view-props';
import { FeatureTable } from './feature-table';
import { VersionSelect } from './version-select';

/** Which features drifted and how much, worst first, with drift over time and what to do about it. */
export function DriftOverview(props: DriftViewProps & { slots: DriftSlots }): ReactNode {
  const { name, report, analysis, view, windowLabel, timeline, slots } = props;
  const answer = driftAnswer(analysis, windowLabel);
  return (
    <div className="stack">
      <div className="stack" style={{ gap: 4 }}>
        <p className="answer drift-answer" data-testid="drift-answer">
          <StatusBadge status={analysis.status} label={DRIFT_STATUS_LABELS[analysis.status]} />
          <span>{answer}</span>
        </p>
        {slots.followUp?.(view.version, report.version)}
      </div>
      <div className="drift-context">
        <p className="drift-context__text">
          Comparing <strong>{report.reference.label}</strong> ({referenceDetail(report)}) with{' '}
          {formatInteger(report.currentRows)} live rows from {windowLabel}.
        </p>
        <VersionSelect name={name} version={report.version} onChange={view.setVersion} />
        {slots.action?.(answer)}
      </div>
      <DriftSettingsPanel report={report} analysis={analysis} view={view} />
      <Panel title="Features, worst first" subtitle="Each score beside the threshold it is judged by">
        <FeatureTable analysis={analysis} view={view} timeline={timeline} windowLabel={windowLabel} />
      </Panel>
      <DriftShareChart report={report} analysis={analysis} timeline={timeline} windowLabel={windowLabel} />
      {slots.footer}
    </div>
  );
}

/** The dataset version, and the row count unless the label already says it. */
function referenceDetail(report: DriftViewProps['report']): string {
  const rows = /\d/.test(report.reference.label) ? [] : [`${formatInteger(report.reference.rows)} rows`];
  return [report.reference.dataset, ...rows].filter(Boolean).join(', ');
}
