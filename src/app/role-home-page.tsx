import { Suspense, type CSSProperties, type ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { isRole, type Role } from '../domain/role';
import { PanelBoundary } from '../lib/panel-boundary';
import { PageTitle } from '../ui/page-title';
import { SkeletonLines } from '../ui/skeleton';
import { panel, ROLE_HOMES, type HomeLayout } from './home-panels';
import { NotFoundPage } from './not-found-page';
import { useRole } from '../stores/preferences-store';
import { homePath } from './navigation';
import { RoleSwitchedNotice, useRoleFromLink } from './role-from-link';

export function RoleHomePage(): ReactNode {
  const { role } = useParams();
  if (!isRole(role)) return <NotFoundPage />;
  // One per role: arriving at another role's home is a new arrival.
  return <RoleHome key={role} role={role} />;
}

function RoleHome({ role }: { role: Role }): ReactNode {
  const switched = useRoleFromLink(role);
  const home = ROLE_HOMES[role];
  return (
    <div className="stack">
      <PageTitle title={home.title} />
      {switched && <RoleSwitchedNotice {...switched} />}
      <div
        className={home.layout ? 'panel-grid panel-grid--areas' : 'panel-grid'}
        style={home.layout ? layoutStyle(home.layout) : undefined}
      >
        {home.panels.map((id) => {
          const { label, component: Panel, wide } = panel(id);
          return (
            <div
              key={id}
              className={wide && !home.layout ? 'panel-slot panel-slot--wide' : 'panel-slot'}
              style={home.layout ? ({ '--slot-area': id } as CSSProperties) : undefined}
            >
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

/** The layout as custom properties: the stylesheet applies them only where the screen is wide enough. */
function layoutStyle(layout: HomeLayout): CSSProperties {
  return {
    '--home-columns': layout.columns,
    '--home-rows': layout.rows,
    '--home-areas': layout.areas.map((row) => `"${row}"`).join(' '),
  } as CSSProperties;
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
