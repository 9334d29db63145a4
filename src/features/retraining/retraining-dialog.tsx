import * as Dialog from '@radix-ui/react-dialog';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import type { RetrainingRequest } from '../../domain/retraining';
import { useRequiredCapability } from '../../lib/capability';
import { describeError } from '../../lib/describe-error';
import { useVersions } from '../../lib/queries/versions';
import { useRequestRetraining } from './api/retraining';
import { RETRAINING_BADGES } from './retraining-status';
import './retraining.css';

export interface RetrainingDialogProps {
  name: string;
  /** Offered as the reason: the drift view's answer. */
  suggestion: string;
  requestedBy: string;
  /** Shown above the button and in the dialog. */
  warning?: ReactNode;
}

/**
 * Asks for a reason, says exactly what will happen, and sends the request. A refused or failed
 * request keeps the dialog open with the reason as typed; the reason also survives closing it.
 * Radix returns focus to the trigger when the dialog closes.
 */
export function RetrainingDialog({
  name,
  suggestion,
  requestedBy,
  warning,
}: RetrainingDialogProps): ReactNode {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [answer, setAnswer] = useState<RetrainingRequest>();
  const mutation = useRequestRetraining(name);
  const { source } = useRequiredCapability('operations');
  const production = useVersions(name).data?.find((v) => v.stage === 'production')?.version;

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    if (!reason.trim() || mutation.isPending) return;
    mutation.mutate(
      { reason: reason.trim(), requestedBy },
      {
        onSuccess: (request) => {
          setAnswer(request);
          setReason('');
          setOpen(false);
        },
      },
    );
  };
  const failure = mutation.isError ? describeError(mutation.error) : undefined;
  return (
    <div className="stack" style={{ gap: 4 }}>
      {warning}
      <Dialog.Root
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) mutation.reset();
        }}
      >
        <Dialog.Trigger asChild>
          <button type="button" className="button button--primary">
            Request retraining
          </button>
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog">
            <Dialog.Title>Request retraining of {name}</Dialog.Title>
            <Dialog.Description>
              Sightline asks {source.name} to retrain {name} on its latest data. Production does not change:{' '}
              {production ? `v${production}` : 'the current version'} keeps serving until the new version is
              registered and someone promotes it.
            </Dialog.Description>
            {warning}
            <form className="stack" style={{ gap: 12 }} onSubmit={submit}>
              <label className="field">
                <span>Why does {name} need retraining? The platform keeps this with the request.</span>
                <textarea
                  className="input"
                  rows={4}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  required
                />
              </label>
              {!reason && (
                <button
                  type="button"
                  className="button button--small"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => setReason(suggestion)}
                >
                  Use the drift summary as the reason
                </button>
              )}
              {failure && (
                <div className="state state--error" role="alert">
                  <p className="state__title">Retraining was not requested.</p>
                  <p className="state__detail">{failure.detail}</p>
                  {failure.hint && <p className="muted">{failure.hint}</p>}
                </div>
              )}
              <div className="dialog__actions">
                <Dialog.Close className="button">Cancel</Dialog.Close>
                <button
                  type="submit"
                  className="button button--primary"
                  disabled={mutation.isPending || !reason.trim()}
                >
                  {mutation.isPending ? 'Requesting…' : 'Request retraining'}
                </button>
              </div>
            </form>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      {answer && (
        <p role="status" className="muted" style={{ maxWidth: '60ch' }}>
          {RETRAINING_BADGES[answer.status].label} by {source.name}: {answer.message}
        </p>
      )}
    </div>
  );
}
