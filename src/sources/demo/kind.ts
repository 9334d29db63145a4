import { CAPABILITY_NAMES } from '../capabilities';
import { defineKind } from '../kind';
import { restOptionsSchema } from '../rest/rest-kind-options';
import { demoAdapter } from './demo-adapter';

/** The built-in demo: a Sightline REST server running in the page (MSW), so it takes no URL. */
export const demoKind = defineKind({
  id: 'demo',
  label: 'Built-in demo',
  // Every capability: Explore's metrics and logs from the demo's in-page Prometheus and Loki.
  capabilities: CAPABILITY_NAMES,
  optionsSchema: restOptionsSchema,
  optionFields: [],
  adapter: { create: demoAdapter },
});
