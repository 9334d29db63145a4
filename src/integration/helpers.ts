import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Point, Series } from '../domain/series';

/** Throws a readable error instead of a non-null assertion. */
export function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what}`);
  return value;
}

export const signal = (): AbortSignal => AbortSignal.timeout(15_000);

/** The value of the point at time `t` (ms). */
export function valueAt(series: Series, t: number): number | null {
  return required(
    series.points.find(([time]) => time === t),
    `a point at ${new Date(t).toISOString()}`,
  )[1];
}

export function maxPoint(series: Series): Point {
  return series.points.reduce<Point>(
    (best, point) => ((point[1] ?? -Infinity) > (best[1] ?? -Infinity) ? point : best),
    [0, null],
  );
}

export interface TinyServer {
  url: string;
  close(): Promise<void>;
}

/** A local HTTP server answering every request with `respond`: for faults real servers do not make on demand. */
export async function startTinyServer(
  respond: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<TinyServer> {
  const server = createServer(respond);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port that was free a moment ago and has nothing listening. */
export async function closedPort(): Promise<number> {
  const server = await startTinyServer((_request, response) => response.end());
  const port = Number(new URL(server.url).port);
  await server.close();
  return port;
}
