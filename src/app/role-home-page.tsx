import type { ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { isRole } from '../domain/role';
import { PanelBoundary } from '../lib/panel-boundary';
import { PageTitle } from '../ui/page-title';
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
          const { label, component: Panel } = panel(id);
          return (
            <PanelBoundary key={id} label={`The ${label} panel`}>
              <Panel />
            </PanelBoundary>
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
