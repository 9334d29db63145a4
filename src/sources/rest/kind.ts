import { CAPABILITY_NAMES } from '../capabilities';
import { defineKind, TIMEOUT_FIELD } from '../kind';
import { restAdapter, restOptionsSchema } from './rest-kind-options';

/** Any server that speaks the Sightline REST contract (contract/openapi.yaml): every capability. */
export const sightlineKind = defineKind({
  id: 'sightline',
  label: 'Sightline REST server',
  // The contract has no raw queries: Explore needs a Prometheus (and a Loki) connection beside it.
  capabilities: CAPABILITY_NAMES.filter((name) => name !== 'explore' && name !== 'logs'),
  urlPlaceholder: 'https://ml.example.com/api',
  optionsSchema: restOptionsSchema,
  optionFields: [TIMEOUT_FIELD],
  // The REST client is on the landing route anyway (the demo speaks the contract).
  adapter: { create: restAdapter() },
});
