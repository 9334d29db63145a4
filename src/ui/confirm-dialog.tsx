import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState, type ReactNode } from 'react';

export interface ConfirmDialogProps {
  /** The button that opens it; focus returns here when it closes. */
  trigger: ReactNode;
  title: string;
  /** Names exactly what will change. */
  children: ReactNode;
  confirmLabel: string;
  /** Asks why: kept in the audit trail. */
  reasonLabel?: string;
  pending: boolean;
  /** The failure, in words; the dialog stays open and keeps what was typed. */
  error?: string;
  /** The backend's answer after success. */
  success?: string;
  onConfirm: (reason: string) => void;
  onClosed?: () => void;
  danger?: boolean;
}

/** Confirms a production-changing action in words, and shows pending, success and failure. */
export function ConfirmDialog(props: ConfirmDialogProps): ReactNode {
  const {
    trigger,
    title,
    children,
    confirmLabel,
    reasonLabel = 'Reason',
    pending,
    error,
    success,
    onConfirm,
    onClosed,
    danger,
  } = props;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        // A reason typed for an action that failed or was cancelled is kept; one that was used is not.
        if (!next && success) setReason('');
        if (!next) onClosed?.();
      }}
    >
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>{title}</Dialog.Title>
          {/* Once done, the answer replaces the confirmation: the data behind `children` has
              changed by then, and would describe the next action instead of the one taken. */}
          <Dialog.Description asChild>
            {success ? (
              <div className="state" role="status">
                <p className="state__title">Done</p>
                <p>{success}</p>
              </div>
            ) : (
              <div className="callout callout--warning">{children}</div>
            )}
          </Dialog.Description>
          {!success && (
            <form
              className="stack"
              onSubmit={(event) => {
                event.preventDefault();
                if (reason.trim()) onConfirm(reason.trim());
              }}
            >
              <label className="field" htmlFor={reasonId}>
                <span>{reasonLabel}</span>
              </label>
              <textarea
                id={reasonId}
                className="input"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                required
              />
              {error && (
                <div className="state state--error" role="alert">
                  <p className="state__title">It did not happen.</p>
                  <p>{error}</p>
                  <p className="muted">Your text is kept; try again when the cause is fixed.</p>
                </div>
              )}
              <div className="row">
                <button
                  type="submit"
                  className={`button ${danger ? 'button--danger' : 'button--primary'}`}
                  disabled={pending || !reason.trim()}
                >
                  {pending ? 'Working…' : confirmLabel}
                </button>
                <Dialog.Close className="button button--ghost">Cancel</Dialog.Close>
              </div>
            </form>
          )}
          {success && <Dialog.Close className="button">Close</Dialog.Close>}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
