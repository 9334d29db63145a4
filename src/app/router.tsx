import { createBrowserRouter, type RouteObject } from 'react-router';
import { HomeRedirect, RoleHomePage } from './role-home-page';
import { AppLayout } from './shell/app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

/** Pages other than the homes load on demand, so the landing route stays small. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <p className="visually-hidden">Loading Sightline…</p>,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'home/:role', element: <RoleHomePage /> },
      {
        path: 'models',
        lazy: async () => ({ Component: (await import('../features/models/fleet-page')).FleetPage }),
      },
      {
        path: 'models/:name/:tab?',
        lazy: async () => ({ Component: (await import('./model-page')).ModelPage }),
      },
      {
        path: 'incidents',
        lazy: async () => ({
          Component: (await import('../features/incidents/incidents-page')).IncidentsPage,
        }),
      },
      {
        path: 'incidents/:id',
        lazy: async () => ({ Component: (await import('./incident-route')).IncidentRoute }),
      },
      {
        path: 'explore',
        lazy: async () => ({ Component: (await import('../features/explore/explore-page')).ExplorePage }),
      },
      {
        path: 'pipelines',
        lazy: async () => ({
          Component: (await import('../features/pipelines/pipelines-page')).PipelinesPage,
        }),
      },
      {
        path: 'pipelines/:id',
        lazy: async () => ({
          Component: (await import('../features/pipelines/pipeline-run-page')).PipelineRunPage,
        }),
      },
      {
        path: 'datasets/:name',
        lazy: async () => ({
          Component: (await import('../features/pipelines/dataset-page')).DatasetPage,
        }),
      },
      {
        path: 'settings/connections',
        lazy: async () => ({
          Component: (await import('../features/settings/connections-page')).ConnectionsPage,
        }),
      },
      {
        path: 'delivery',
        lazy: async () => ({
          Component: (await import('../features/delivery/time-to-deploy-page')).TimeToDeployPage,
        }),
      },
      {
        path: 'reports',
        lazy: async () => ({ Component: (await import('../features/reports/report-page')).ReportPage }),
      },
      {
        path: 'reports/evidence/:id',
        lazy: async () => ({
          Component: (await import('../features/reports/evidence-pack-page')).EvidencePackPage,
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter(): ReturnType<typeof createBrowserRouter> {
  return createBrowserRouter(routes);
}
