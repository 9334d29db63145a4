import { DEMO_BASE_URL } from '../../sources/demo/demo-base-url';

/**
 * An MSW path for a contract route on any origin: the browser serves the demo
 * same-origin, while Vitest's jsdom resolves it against its own origin.
 */
export function demoPath(route: string): string {
  return `*${DEMO_BASE_URL}${route}`;
}

/** The contract route of a demo URL (`/registry/models/x`), or undefined when it is not one. */
export function demoRoute(url: string): string | undefined {
  const { pathname } = new URL(url);
  const at = pathname.indexOf(DEMO_BASE_URL);
  return at === -1 ? undefined : pathname.slice(at + DEMO_BASE_URL.length);
}
