import { Suspense, type ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { isRole } from '../domain/role';
import { PanelBoundary } from '../lib/panel-boundary';
import { PageTitle } from '../ui/page-title';
import { SkeletonLines } from '../ui/skeleton';
import { panel, ROLE_HOMES } from './home-panels';
import { NotFoundPage } from './not-found-page';
import { useRole } from '../stores/preferences-store';
import { homePath } from './navigation';

export function RoleHomePage(): ReactNode {
  const { role } = useParams();
  if (!isRole(role)) return <NotFoundPage />;
  const home = ROLE_HOMES[role];
  return (
    <div className="stack">
      <PageTitle title={home.title} />
      <div className="panel-grid">
        {home.panels.map((id) => {
          const { label, component: Panel, wide } = panel(id);
          return (
            <div key={id} className={wide ? 'panel-slot panel-slot--wide' : 'panel-slot'}>
              <PanelBoundary label={`The ${label} panel`}>
                <Suspense fallback={<PanelSkeleton title={label} />}>
                  <Panel />
                </Suspense>
              </PanelBoundary>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** `/` opens the chosen role's home. */
export function HomeRedirect(): ReactNode {
  const role = useRole();
  return <Navigate to={homePath(role)} replace />;
}

/** Shaped like a panel, so nothing jumps when the panel's code and data arrive. */
function PanelSkeleton({ title }: { title: string }): ReactNode {
  return (
    <section className="panel" aria-busy="true" aria-label={`${title}, loading`}>
      {/* Looks like the panel's heading, but is not one: the panel itself brings the heading. */}
      <p className="panel__title-placeholder" aria-hidden="true">
        {title}
      </p>
      <SkeletonLines lines={5} height={28} label={`Loading ${title.toLowerCase()}`} />
    </section>
  );
}
