import type { ReactNode } from 'react';
import type { Incident } from '../domain/incident';
import { FiringAlertsPanel } from '../features/alerts/firing-alerts-panel';
import { useIncidents } from '../features/incidents/api/incidents';
import { useCapability } from '../lib/sources-context';

/** The same filter as the open-incidents panel, so both read one cached answer. */
const OPEN = { status: ['investigating' as const, 'mitigated' as const] };
const NONE: readonly Incident[] = [];

/**
 * Firing alerts linked to the open incidents they belong to. Without an
 * operations connection the alerts still show, only unlinked.
 */
export function FiringAlertsHomePanel(): ReactNode {
  const operations = useCapability('operations');
  return operations.ok ? <WithIncidents /> : <FiringAlertsPanel />;
}

function WithIncidents(): ReactNode {
  // An incidents failure costs only the links: the open-incidents panel reports it.
  const incidents = useIncidents(OPEN);
  return <FiringAlertsPanel openIncidents={incidents.data ?? NONE} />;
}
