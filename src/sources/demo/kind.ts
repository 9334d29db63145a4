import { CAPABILITY_NAMES } from '../capabilities';
import { defineKind } from '../kind';
import { restOptionsSchema } from '../rest/rest-kind-options';
import { demoAdapter } from './demo-adapter';

/** The built-in demo: a Sightline REST server running in the page (MSW), so it takes no URL. */
export const demoKind = defineKind({
  id: 'demo',
  label: 'Built-in demo',
  // Logs need a `loki` connection (with `?loki=demo`, the demo's mock Loki answers one at /loki).
  capabilities: CAPABILITY_NAMES.filter((name) => name !== 'logs'),
  optionsSchema: restOptionsSchema,
  optionFields: [],
  adapter: { create: demoAdapter },
});
