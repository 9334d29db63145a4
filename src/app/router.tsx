import { lazy, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { HomeRedirect, RoleHomePage } from './role-home-page';
import { AppLayout } from './shell/app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorBoundary } from './route-error-page';

/**
 * A page that loads on demand. Routes are declared as components rather than through
 * `createBrowserRouter`: the data router (loaders, actions, fetchers) is half of React Router's
 * code and the app uses none of it, so the landing route ships without it. Navigations run in a
 * transition, so the page on screen stays until the next one's code has arrived.
 */
function page<Name extends string>(
  load: () => Promise<{ [Key in Name]: ComponentType }>,
  name: Name,
): ComponentType {
  return lazy(async () => {
    const Page: ComponentType = (await load())[name];
    return { default: Page };
  });
}

const FleetPage = page(() => import('../features/models/fleet-page'), 'FleetPage');
const ModelPage = page(() => import('./model-page'), 'ModelPage');
const IncidentsPage = page(() => import('../features/incidents/incidents-page'), 'IncidentsPage');
const IncidentRoute = page(() => import('./incident-route'), 'IncidentRoute');
const ExplorePage = page(() => import('../features/explore/explore-page'), 'ExplorePage');
const PipelinesPage = page(() => import('../features/pipelines/pipelines-page'), 'PipelinesPage');
const PipelineRunPage = page(() => import('../features/pipelines/pipeline-run-page'), 'PipelineRunPage');
const DatasetPage = page(() => import('../features/pipelines/dataset-page'), 'DatasetPage');
const ConnectionsPage = page(() => import('../features/settings/connections-page'), 'ConnectionsPage');
const TimeToDeployPage = page(() => import('../features/delivery/time-to-deploy-page'), 'TimeToDeployPage');
const ReportPage = page(() => import('../features/reports/report-page'), 'ReportPage');
const EvidencePackPage = page(() => import('../features/reports/evidence-pack-page'), 'EvidencePackPage');

/** Pages other than the homes load on demand, so the landing route stays small. */
export function AppRoutes(): ReactNode {
  return (
    <RouteErrorBoundary>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route path="home/:role" element={<RoleHomePage />} />
          <Route path="models" element={<FleetPage />} />
          <Route path="models/:name/:tab?" element={<ModelPage />} />
          <Route path="incidents" element={<IncidentsPage />} />
          <Route path="incidents/:id" element={<IncidentRoute />} />
          <Route path="explore" element={<ExplorePage />} />
          <Route path="pipelines" element={<PipelinesPage />} />
          <Route path="pipelines/:id" element={<PipelineRunPage />} />
          <Route path="datasets/:name" element={<DatasetPage />} />
          <Route path="settings/connections" element={<ConnectionsPage />} />
          <Route path="delivery" element={<TimeToDeployPage />} />
          <Route path="reports" element={<ReportPage />} />
          <Route path="reports/evidence/:id" element={<EvidencePackPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </RouteErrorBoundary>
  );
}
