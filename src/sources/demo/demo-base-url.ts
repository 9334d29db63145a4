/**
 * The built-in demo is a Sightline REST server that runs in the browser (an MSW
 * service worker) under this same-origin path.
 */
export const DEMO_BASE_URL = '/__demo/api';

/** Where the demo also answers as a Prometheus server (its HTTP API), for Explore. */
export const DEMO_PROMETHEUS_URL = '/__demo/prometheus';
