import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { EVIDENCE_LABELS, indexAgainst, type EvidenceKey } from '../../domain/report/evidence-index';
import { parseEvidenceContent } from '../../domain/report/evidence-content';
import type { EvidencePack } from '../../domain/report/evidence-pack';
import { useRequiredCapability } from '../../lib/capability';
import { PanelBoundary } from '../../lib/panel-boundary';
import { reportPath } from '../../lib/paths';
import { deliveryKeys } from '../../lib/query-keys';
import { QueryState } from '../../lib/query-state';
import { formatDate, formatDateTime } from '../../ui/format';
import { PageTitle } from '../../ui/page-title';
import { SkeletonLines } from '../../ui/skeleton';
import { StatusBadge } from '../../ui/status-badge';
import { sha256Hex } from './sha256';
import './reports.css';

interface Opened {
  pack: EvidencePack;
  computedHash: string;
}

function useEvidencePack(id: string) {
  const { capability, source } = useRequiredCapability('delivery');
  return useQuery({
    queryKey: deliveryKeys.evidencePack(source.cacheKey, id),
    queryFn: async ({ signal }): Promise<Opened> => {
      const pack = await capability.getEvidencePack(id, signal);
      return { pack, computedHash: await sha256Hex(pack.content) };
    },
  });
}

/** `/reports/evidence/:id`: a stored evidence pack, re-opened unchanged and checked against its hash. */
export function EvidencePackPage(): ReactNode {
  const { id = '' } = useParams();
  return (
    <div className="stack report-page">
      <PageTitle title={`Evidence pack ${id}`} />
      <PanelBoundary label="Evidence pack">
        <EvidencePackBody id={id} />
      </PanelBoundary>
    </div>
  );
}

function EvidencePackBody({ id }: { id: string }): ReactNode {
  const opened = useEvidencePack(id);
  return (
    <QueryState
      query={opened}
      what={`open the evidence pack ${id}`}
      skeleton={<SkeletonLines lines={8} height={22} label="Opening the evidence pack" />}
    >
      {({ pack, computedHash }) => <PackView pack={pack} computedHash={computedHash} />}
    </QueryState>
  );
}

function PackView({ pack, computedHash }: Opened): ReactNode {
  const verified = computedHash === pack.contentHash;
  const content = verified ? parseEvidenceContent(pack.content) : undefined;
  const held = new Set(Object.keys(content?.evidence ?? {}) as EvidenceKey[]);
  return (
    <article className="report" aria-label={`Evidence pack ${pack.id}`}>
      <dl className="kv evidence-stamp">
        <div>
          <dt>Model</dt>
          <dd>
            {pack.modelName} v{pack.modelVersion}
          </dd>
        </div>
        <div>
          <dt>Data window</dt>
          <dd>
            {formatDate(pack.window.from)} to {formatDate(pack.window.to - 1)} (UTC)
          </dd>
        </div>
        <div>
          <dt>Generated</dt>
          <dd>{formatDateTime(pack.generatedAt)}</dd>
        </div>
        <div>
          <dt>Stored</dt>
          <dd>{formatDateTime(pack.storedAt)}</dd>
        </div>
        <div>
          <dt>SHA-256 of the content</dt>
          <dd>
            <code className="hash" data-testid="pack-hash">
              {pack.contentHash}
            </code>
          </dd>
        </div>
      </dl>
      {verified ? (
        <p className="callout" role="status" data-testid="pack-verdict">
          <StatusBadge status="healthy" label="Verified" /> The content re-opened today has the same SHA-256
          hash it was stored with, so it is unchanged since {formatDateTime(pack.storedAt)}.
        </p>
      ) : (
        <p className="callout callout--warning" role="alert" data-testid="pack-verdict">
          <StatusBadge status="critical" label="Hash mismatch" /> The content does not match the hash it was
          stored with (it hashes to <code className="hash">{computedHash}</code>). It was changed after it was
          stamped, so it cannot be relied on as evidence; it is not shown.
        </p>
      )}
      {verified && !content && (
        <p className="callout callout--warning" role="status">
          The content is intact but is not an evidence pack this version of Sightline can read.
        </p>
      )}
      {content && (
        <>
          <section className="report-section" aria-labelledby="pack-summary">
            <h2 id="pack-summary">{content.title}</h2>
            {content.summary.map((s) => (
              <p key={s}>{s}</p>
            ))}
            <p>
              <Link className="no-print" to={reportPath({ model: pack.modelName })}>
                Today&apos;s report for {pack.modelName}
              </Link>
            </p>
          </section>
          {indexAgainst(held).map((group) => (
            <section
              key={group.name}
              className="report-section"
              aria-labelledby={`index-${group.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}
            >
              <h2 id={`index-${group.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}>{group.name}</h2>
              <p className="muted">{group.source}</p>
              <ul className="list-plain evidence-index">
                {group.points.map((point) => (
                  <li key={point.ref}>
                    {point.missing ? (
                      <StatusBadge status="warning" label="Missing" />
                    ) : (
                      <StatusBadge status="healthy" label="Answered" />
                    )}{' '}
                    <strong>{point.ref}</strong> {point.title}:{' '}
                    {point.missing ? (
                      <span>{point.wouldAnswer ?? 'no evidence in this pack'} would answer it.</span>
                    ) : (
                      <span>
                        {point.answeredBy.map((k) => EVIDENCE_LABELS[k]).join('; ')}
                        {point.wouldAnswer ? (
                          <span className="muted"> (still missing: {point.wouldAnswer})</span>
                        ) : null}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <section className="report-section" aria-labelledby="pack-evidence">
            <h2 id="pack-evidence">The evidence, as frozen</h2>
            <pre className="evidence-json">{JSON.stringify(content.evidence, null, 2)}</pre>
          </section>
        </>
      )}
    </article>
  );
}
