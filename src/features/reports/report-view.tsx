import type { ReactNode } from 'react';
import { DORA_2024_BANDS, INDUSTRY_LEAD_TIME_QUOTE } from '../../domain/delivery/bands';
import type { Report } from '../../domain/report/report';
import { formatDate, formatDateTime } from '../../ui/format';
import { PrintFooter } from './print-footer';
import { FiguresTable, IncidentsTable, ReleasesTable, WaitingTable } from './report-tables';

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }): ReactNode {
  return (
    <section className="report-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The report's body, in the order an executive reads it: the answer, the figures, the detail, the appendix. */
export function ReportView({
  report,
  now,
  gaps,
}: {
  report: Report;
  now: number;
  gaps: string[];
}): ReactNode {
  const lastDay = report.window.to - 1;
  const notices = [...gaps, ...report.notices];
  return (
    <article className="report" aria-label={report.title}>
      <p className="muted report-meta">
        {formatDate(report.window.from)} to {formatDate(lastDay)} (UTC) · generated{' '}
        {formatDateTime(report.generatedAt)}
      </p>
      {notices.length > 0 && (
        <div className="stack" style={{ gap: 8 }} role="status">
          {notices.map((n) => (
            <p key={n} className="callout callout--warning">
              {n}
            </p>
          ))}
        </div>
      )}
      <Section title="In brief" id="report-summary">
        <div className="report-summary" data-testid="report-summary">
          {report.summary.map((s) => (
            <p key={s}>{s}</p>
          ))}
        </div>
      </Section>
      <Section title="Key figures" id="report-figures">
        <FiguresTable report={report} />
      </Section>
      <Section title="Incidents" id="report-incidents">
        {report.incidents.length === 0 ? (
          <p>No incident in {report.periodLabel}.</p>
        ) : (
          <IncidentsTable report={report} />
        )}
      </Section>
      <Section title="Time to deploy" id="report-delivery">
        <p>{report.delivery.answer}</p>
        <p>{report.delivery.slowestStage}</p>
        {report.delivery.releases.length > 0 && <ReleasesTable report={report} />}
        <h3>Waiting now</h3>
        {report.delivery.blocked.length === 0 ? (
          <p>No version is waiting to go live.</p>
        ) : (
          <WaitingTable report={report} now={now} />
        )}
      </Section>
      <Section title="Fairness" id="report-fairness">
        <p>{report.fairness}</p>
      </Section>
      <Section title="Appendix: how we measure this" id="report-appendix">
        <dl className="glossary">
          {report.appendix.map((g) => (
            <div key={g.term}>
              <dt>{g.term}</dt>
              <dd>{g.meaning}</dd>
            </div>
          ))}
          <div>
            <dt>Time to deploy</dt>
            <dd>
              From the end of the training run to the first deploy to production, from the registry&apos;s
              event log.
            </dd>
          </div>
        </dl>
        <p>{DORA_2024_BANDS.source}</p>
        <p>{INDUSTRY_LEAD_TIME_QUOTE}</p>
      </Section>
      <PrintFooter
        text={`${report.title} · ${formatDate(report.window.from)} to ${formatDate(lastDay)} · generated ${formatDateTime(report.generatedAt)}`}
      />
    </article>
  );
}
