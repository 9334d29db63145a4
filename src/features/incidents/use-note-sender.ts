import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { IncidentDetail } from '../../domain/incident';
import { useRequiredCapability } from '../../lib/capability';
import { describeError } from '../../lib/describe-error';
import { operationsKeys } from '../../lib/query-keys';
import { isSourceError } from '../../sources/source-error';
import { incidentNotesActions, usePendingNotes, type PendingNote } from './stores/incident-notes-store';

/** Automatic retries after a failed save, then the user's Retry button. */
const RETRY_DELAYS_MS = [1_000, 4_000];
/** Guards against sending a note twice when effects run twice (StrictMode, remounts). */
const inFlight = new Set<string>();

/**
 * Sends an incident's queued notes one at a time, oldest first, so two notes
 * written quickly arrive in the order written. A failed save stays in the
 * queue, says why, and is retried (by itself only when trying again can help).
 */
export function useNoteSender(incidentId: string, author: string): PendingNote[] {
  const pending = usePendingNotes(incidentId);
  const { capability, source } = useRequiredCapability('operations');
  const queryClient = useQueryClient();
  const head = pending[0];
  const headId = head?.clientId;
  const headState = head?.state;
  const headAttempts = head?.attempts ?? 0;

  useEffect(() => {
    if (!head || headState === 'sending') return;
    if (headState === 'failed') {
      if (head.refused) return;
      const delay = RETRY_DELAYS_MS[headAttempts - 1];
      if (delay === undefined) return;
      const timer = setTimeout(() => incidentNotesActions.retry(incidentId, head.clientId), delay);
      return () => clearTimeout(timer);
    }
    if (inFlight.has(head.clientId)) return;
    inFlight.add(head.clientId);
    incidentNotesActions.markSending(incidentId, head.clientId, headAttempts + 1);
    const key = operationsKeys.incident(source.cacheKey, incidentId);
    capability
      .addNote(incidentId, { body: head.body, author, clientId: head.clientId }, AbortSignal.timeout(20_000))
      .then((note) => {
        queryClient.setQueryData<IncidentDetail>(key, (old) =>
          old ? { ...old, notes: [...old.notes.filter((n) => n.id !== note.id), note] } : old,
        );
        incidentNotesActions.confirm(incidentId, head.clientId);
      })
      .catch((error: unknown) =>
        incidentNotesActions.markFailed(
          incidentId,
          head.clientId,
          describeError(error).detail,
          isSourceError(error) && !error.retryable,
        ),
      )
      .finally(() => inFlight.delete(head.clientId));
    // `head` is identified by its id, state and attempts; its other fields never change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [headId, headState, headAttempts, incidentId, author, capability, source.cacheKey, queryClient]);

  return pending;
}
