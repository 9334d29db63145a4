import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ModelHeader, ModelHeaderSkeleton } from '../features/models/model-header';
import { useModel } from '../features/models/api/model';
import { PanelBoundary } from '../lib/panel-boundary';
import { modelPath, withRange } from '../lib/paths';
import { QueryState } from '../lib/query-state';
import { PageTitle } from '../ui/page-title';
import { MODEL_TABS } from './model-tabs';
import { NotFoundPage } from './not-found-page';

export function ModelPage(): ReactNode {
  const { name = '', tab } = useParams();
  const [params] = useSearchParams();
  const active = MODEL_TABS.find((t) => t.id === (tab ?? MODEL_TABS[0]?.id));
  if (!active) return <NotFoundPage />;
  const Tab = active.component;
  return (
    <div className="stack">
      <PageTitle title={name} />
      <PanelBoundary label="The model summary">
        <ModelSummary name={name} />
      </PanelBoundary>
      <nav className="tabs" aria-label="Model views">
        {MODEL_TABS.map((t, index) => (
          <Link
            key={t.id}
            to={withRange(modelPath(name, index === 0 ? undefined : t.id), params)}
            aria-current={t.id === active.id ? 'page' : undefined}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      <PanelBoundary label={`The ${active.label} view`}>
        <Tab name={name} />
      </PanelBoundary>
    </div>
  );
}

function ModelSummary({ name }: { name: string }): ReactNode {
  const model = useModel(name);
  return (
    <QueryState query={model} what={`load model ${name}`} skeleton={<ModelHeaderSkeleton />}>
      {(data) => <ModelHeader model={data} />}
    </QueryState>
  );
}
