import { defineKind, TIMEOUT_FIELD } from '../kind';
import { DEFAULT_MARQUEZ_OPTIONS, marquezOptionsSchema } from './options';

/** Marquez, OpenLineage's reference server: pipelines, runs, datasets, their facets and lineage. */
export const marquezKind = defineKind({
  id: 'marquez',
  label: 'Marquez (OpenLineage)',
  capabilities: ['pipelines'],
  urlPlaceholder: '/marquez',
  optionsSchema: marquezOptionsSchema,
  optionFields: [
    { path: 'namespace', label: 'Namespace', type: 'text', placeholder: DEFAULT_MARQUEZ_OPTIONS.namespace },
    {
      path: 'pipelineSeparator',
      label: 'Pipeline/step separator in job names',
      type: 'text',
      placeholder: DEFAULT_MARQUEZ_OPTIONS.pipelineSeparator,
    },
    {
      path: 'modelNamespace',
      label: 'Namespace of model datasets',
      type: 'text',
      placeholder: DEFAULT_MARQUEZ_OPTIONS.modelNamespace,
    },
    {
      path: 'lineageDepth',
      label: 'Lineage depth (hops)',
      type: 'number',
      placeholder: String(DEFAULT_MARQUEZ_OPTIONS.lineageDepth),
    },
    TIMEOUT_FIELD,
  ],
  adapter: { load: async () => (await import('./marquez-source')).createMarquezSource },
});
