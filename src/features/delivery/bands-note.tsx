import type { ReactNode } from 'react';
import type { BandSet } from '../../domain/delivery/bands';
import { DataTable } from '../../ui/data-table';

/** The bands the figures are placed in, with their source, and the industry figure quoted with its own. */
export function BandsNote({ bands, quote }: { bands: BandSet; quote: string }): ReactNode {
  return (
    <details className="disclosure">
      <summary>How we measure this</summary>
      <div className="stack" style={{ gap: 8 }}>
        <p>
          Time to deploy runs from the end of the training run that produced a version to its first deploy to
          production, read from the registry&apos;s event log. A release counts as failed when it is rolled
          back or an incident opens on the model within 7 days; time to restore runs from the failure to the
          rollback or the incident&apos;s resolution. Unplanned fixes are releases the log marks as unplanned
          (DORA&apos;s rework rate). Medians and the 9-in-10 figure (the 90th percentile) interpolate between
          versions, as spreadsheets do.
        </p>
        <p>{bands.source}</p>
        <DataTable
          label={`${bands.name} bands`}
          scroll
          rows={bands.bands}
          rowKey={(b) => b.label}
          columns={[
            { header: 'Band', rowHeader: true, cell: (b) => b.label },
            { header: 'Lead time', cell: (b) => b.leadTime },
            { header: 'Deploys', cell: (b) => b.deployFrequency },
            { header: 'Change failure rate', cell: (b) => b.changeFailureRate },
            { header: 'Recovery', cell: (b) => b.recovery },
          ]}
        />
        <p>{quote}</p>
      </div>
    </details>
  );
}
