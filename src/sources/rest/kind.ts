import { CAPABILITY_NAMES } from '../capabilities';
import { defineKind, TIMEOUT_FIELD } from '../kind';
import { restAdapter, restOptionsSchema } from './rest-kind-options';

/** Any server that speaks the Sightline REST contract (contract/openapi.yaml): every capability. */
export const sightlineKind = defineKind({
  id: 'sightline',
  label: 'Sightline REST server',
  capabilities: CAPABILITY_NAMES,
  urlPlaceholder: 'https://ml.example.com/api',
  optionsSchema: restOptionsSchema,
  optionFields: [TIMEOUT_FIELD],
  // The REST client is on the landing route anyway (the demo speaks the contract).
  adapter: { create: restAdapter() },
});
