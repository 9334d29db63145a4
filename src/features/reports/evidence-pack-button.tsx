import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ModelDetail } from '../../domain/model';
import { evidenceContent } from '../../domain/report/evidence-content';
import type { Report } from '../../domain/report/report';
import { describeError } from '../../lib/describe-error';
import { useCapability } from '../../lib/sources-context';
import { sha256Hex } from './sha256';

/** Freezes the report as an evidence pack, stores it through the contract, and opens the stored copy. */
export function EvidencePackButton({
  report,
  model,
  onStored,
}: {
  report: Report;
  model: ModelDetail;
  onStored: (id: string) => void;
}): ReactNode {
  const delivery = useCapability('delivery');
  const save = useMutation({
    mutationFn: async () => {
      if (!delivery.ok) throw new Error(delivery.reason);
      const version = model.productionVersion ?? model.latestVersion;
      const { text } = evidenceContent(report, {
        name: model.name,
        version,
        team: model.team,
        owner: model.owner,
        description: model.description,
      });
      return delivery.capability.saveEvidencePack(
        {
          modelName: model.name,
          modelVersion: version,
          generatedAt: report.generatedAt,
          window: report.window,
          contentHash: await sha256Hex(text),
          content: text,
        },
        new AbortController().signal,
      );
    },
    onSuccess: (pack) => onStored(pack.id),
  });
  return (
    <div className="no-print stack" style={{ gap: 4 }}>
      <div>
        <button
          type="button"
          className="button button--primary"
          disabled={!delivery.ok || save.isPending}
          onClick={() => save.mutate()}
        >
          {save.isPending ? 'Storing the evidence pack…' : 'Freeze as an evidence pack'}
        </button>
      </div>
      {!delivery.ok && <p className="muted">Evidence packs cannot be stored: {delivery.reason}</p>}
      {save.isError && (
        <p className="callout callout--warning" role="alert">
          Could not store the evidence pack: {describeError(save.error).detail}
        </p>
      )}
    </div>
  );
}
