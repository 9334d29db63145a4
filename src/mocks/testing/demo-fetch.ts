import { DEMO_BASE_URL } from '../../sources/demo/demo-base-url';

/** Test helper: the demo's absolute URL for a route (Node's fetch in jsdom needs absolute URLs). */
export function demoUrl(route: string): string {
  return `${location.origin}${DEMO_BASE_URL}${route}`;
}

export interface DemoReply {
  status: number;
  body: unknown;
}

export async function getDemo(route: string): Promise<DemoReply> {
  const response = await fetch(demoUrl(route));
  return { status: response.status, body: (await response.json()) as unknown };
}

/** A request with a JSON body (`POST`, `PATCH`), as the app's actions send it. */
export async function sendDemo(method: 'POST' | 'PATCH', route: string, body: unknown): Promise<DemoReply> {
  const response = await fetch(demoUrl(route), {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}
