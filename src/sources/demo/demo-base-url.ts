/**
 * The built-in demo is a Sightline REST server that runs in the browser (an MSW
 * service worker) under this same-origin path.
 */
export const DEMO_BASE_URL = '/__demo/api';

/** Where the demo also answers as a Prometheus server (its HTTP API), for Explore. */
export const DEMO_PROMETHEUS_URL = '/__demo/prometheus';

/** Where the demo also answers as a Loki server (its HTTP API), for Explore's logs. */
export const DEMO_LOKI_URL = '/__demo/loki';
