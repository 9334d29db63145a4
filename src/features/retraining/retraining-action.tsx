import type { ReactNode } from 'react';
import { can, ROLE_LABELS } from '../../domain/role';
import { PanelBoundary } from '../../lib/panel-boundary';
import { useRole } from '../../stores/preferences-store';
import { RetrainingDialog } from './retraining-dialog';

/** "Request retraining", for the roles that may; absent for the others. */
export function RetrainingAction({
  name,
  answer,
  warning,
}: {
  name: string;
  answer: string;
  /** Said beside the button and in the dialog: why retraining now may not help (a failing upstream pipeline). */
  warning?: ReactNode;
}): ReactNode {
  const role = useRole();
  if (!can(role, 'request-retraining')) return null;
  return (
    <PanelBoundary label="Request retraining">
      <RetrainingDialog
        name={name}
        suggestion={answer}
        requestedBy={`${ROLE_LABELS[role]} (via Sightline)`}
        warning={warning}
      />
    </PanelBoundary>
  );
}
