import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { compareObjectivesByUrgency, objectiveHealth } from '../../domain/slo';
import { modelPath, withRange } from '../../lib/paths';
import { QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { useObjectives } from './api/objectives';
import { ObjectivesTable } from './objectives-table';

const SHOWN = 8;

/** What an SRE looks at first: objectives breaching or burning budget, worst first. */
export function SloBreachesPanel(): ReactNode {
  const objectives = useObjectives();
  const [params] = useSearchParams();
  return (
    <Panel title="Breaching or burning budget" subtitle="Service level objectives, worst first">
      <QueryState
        query={objectives}
        what="load service level objectives"
        skeleton={<SkeletonLines lines={5} height={32} label="Loading objectives" />}
        empty={(list) =>
          list.length === 0 ? <EmptyState title="No objectives are defined yet." /> : undefined
        }
      >
        {(list) => {
          const ranked = [...list].sort(compareObjectivesByUrgency);
          const attention = ranked.filter((o) => objectiveHealth(o).status !== 'healthy');
          const table = (objectives: typeof list): ReactNode => (
            <ObjectivesTable
              objectives={objectives}
              showModel
              compact
              renderModel={(o) => (
                <Link to={withRange(modelPath(o.modelName, 'service'), params)}>
                  {o.modelName}
                  <span className="muted"> · {o.deploymentId.replace(`${o.modelName}-`, '')}</span>
                </Link>
              )}
            />
          );
          return (
            <>
              <p className="answer">
                {attention.length === 0
                  ? `All ${list.length} objectives are within budget.`
                  : `${attention.length} of ${list.length} objectives are breaching or burning budget.`}
              </p>
              {/* The list answers the heading: only what breaches; the rest one click away. */}
              {attention.length > 0 && table(attention.slice(0, SHOWN))}
              {attention.length > SHOWN && (
                <p className="muted">
                  {attention.length - SHOWN} more need attention: see all objectives below.
                </p>
              )}
              <details>
                <summary>All {list.length} objectives</summary>
                {table(ranked)}
              </details>
            </>
          );
        }}
      </QueryState>
    </Panel>
  );
}
