/**
 * The built-in demo is a Sightline REST server that runs in the browser (an MSW
 * service worker) under this same-origin path.
 */
export const DEMO_BASE_URL = '/__demo/api';
