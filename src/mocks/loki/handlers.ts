import { http, HttpResponse, type HttpHandler } from 'msw';
import { createDemoFleet, type FleetOptions } from '../fleet/fleet';
import { createDemoLogStore, type LogStream, type StoredLine } from './log-store';
import { lineFilter, LogqlError, matchesLabels, parseLogql, type LogSelector } from './logql';

const MINUTE = 60_000;
/** Loki's `max_entries_limit_per_query` default. */
const MAX_LIMIT = 5000;
/** Loki refuses a metric query of more than 11,000 points a series. */
const MAX_POINTS = 11_000;

const refuse = (message: string, status = 400): Response => new HttpResponse(message, { status });

/** Loki's times: epoch ns (or s, with a fraction), or RFC 3339. */
function timeParam(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (/^\d{16,}$/.test(raw)) return Number(raw.slice(0, -6));
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw) * 1000;
  const ms = Date.parse(raw);
  if (!Number.isFinite(ms)) throw new LogqlError(`invalid ${name}: could not parse "${raw}"`);
  return ms;
}

/** Loki's `step`: a duration (`60s`, `5m`) or float seconds. */
function stepParam(raw: string | null, start: number, end: number): number {
  if (raw === null || raw === '') return Math.max(1000, Math.ceil((end - start) / 250 / 1000) * 1000);
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(raw);
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const ms = match ? Number(match[1]) * (unit[match[2] ?? 's'] ?? 1000) : NaN;
  if (!(ms > 0))
    throw new LogqlError(
      'zero or negative query resolution step widths are not accepted. Try a positive integer',
    );
  return ms;
}

function pick(store: LogStream[], selector: LogSelector): LogStream[] {
  return store.filter((s) => matchesLabels(s.labels, selector.matchers));
}

/** Newest lines first within [start, end], across the streams, up to `limit`. */
function logLines(
  streams: LogStream[],
  selector: LogSelector,
  start: number,
  end: number,
  limit: number,
  forward: boolean,
): StoredLine[] {
  const keep = lineFilter(selector.filters);
  const out: StoredLine[] = [];
  const first = Math.floor(start / MINUTE) * MINUTE;
  const last = Math.floor(end / MINUTE) * MINUTE;
  for (let m = forward ? first : last; forward ? m <= last : m >= first; m += forward ? MINUTE : -MINUTE) {
    const minute = streams
      .flatMap((s) => s.linesIn(m))
      .filter((l) => l.t >= start && l.t <= end && keep(l.line))
      .sort((a, b) => (forward ? a.t - b.t : b.t - a.t));
    for (const line of minute) {
      out.push(line);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

function streamsWire(lines: StoredLine[]): unknown[] {
  const byStream = new Map<Record<string, string>, [string, string][]>();
  for (const line of lines) {
    const values = byStream.get(line.labels) ?? [];
    values.push([line.ns, line.line]);
    byStream.set(line.labels, values);
  }
  return [...byStream].map(([stream, values]) => ({ stream, values }));
}

function groupKey(
  labels: Record<string, string>,
  sum: { by: string[] } | { without: string[] } | undefined,
): Record<string, string> {
  if (!sum) return labels;
  if ('by' in sum)
    return Object.fromEntries(sum.by.filter((k) => k in labels).map((k) => [k, labels[k] ?? '']));
  return Object.fromEntries(Object.entries(labels).filter(([k]) => !sum.without.includes(k)));
}

/**
 * The demo's Loki under `baseUrl` (`/__demo/loki` in the demo, or a test's URL): `query_range`, `labels`, `label/<name>/values`, over the demo fleet's serving logs.
 */
export function createLokiMockHandlers(options: FleetOptions, baseUrl: string): HttpHandler[] {
  const store = createDemoLogStore(createDemoFleet(options));
  const api = `${baseUrl}/loki/api/v1`;
  const until = (): number => Math.max(store.now, Date.now());
  const guard =
    (answer: (params: URLSearchParams) => Response) =>
    ({ request }: { request: Request }): Response => {
      try {
        return answer(new URL(request.url).searchParams);
      } catch (error) {
        if (error instanceof LogqlError) return refuse(error.message);
        throw error;
      }
    };
  const window = (params: URLSearchParams): [number, number] => {
    const end = timeParam(params, 'end', until());
    const start = timeParam(params, 'start', end - 3_600_000);
    if (end < start) throw new LogqlError('end timestamp must not be before or equal to start time');
    return [start, end];
  };
  const labelsIn = (params: URLSearchParams): LogStream[] => {
    const [start, end] = window(params);
    const minute = Math.floor(Math.min(end, until()) / MINUTE) * MINUTE;
    return start > until() ? [] : store.streams().filter(() => minute >= start - MINUTE);
  };

  return [
    http.get(
      `*${api}/query_range`,
      guard((params) => {
        const query = params.get('query') ?? '';
        if (query.trim() === '') return refuse('query parameter is required');
        const parsed = parseLogql(query);
        const [start, end] = window(params);
        if (parsed.kind === 'log') {
          const limit = Number(params.get('limit') ?? '100');
          if (!(limit > 0)) return refuse('limit must be a positive value');
          if (limit > MAX_LIMIT)
            return refuse(
              `max entries limit per query exceeded, limit > max_entries_limit (${limit} > ${MAX_LIMIT})`,
            );
          const lines = logLines(
            pick(store.streams(), parsed.selector),
            parsed.selector,
            start,
            end,
            limit,
            params.get('direction') === 'forward',
          );
          return HttpResponse.json({
            status: 'success',
            data: { resultType: 'streams', result: streamsWire(lines), stats: {} },
          });
        }
        const stepMs = stepParam(params.get('step'), start, end);
        if ((end - start) / stepMs > MAX_POINTS)
          return refuse(
            'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)',
          );
        const streams = pick(store.streams(), parsed.selector);
        const keep = lineFilter(parsed.selector.filters);
        const filtered = parsed.selector.filters.length > 0;
        const perMinute = new Map<LogStream, Map<number, number>>();
        const count = (s: LogStream, m: number): number => {
          let cache = perMinute.get(s);
          if (!cache) perMinute.set(s, (cache = new Map<number, number>()));
          let n = cache.get(m);
          if (n === undefined)
            cache.set(m, (n = filtered ? s.linesIn(m).filter((l) => keep(l.line)).length : s.countIn(m)));
          return n;
        };
        const groups = new Map<string, { metric: Record<string, string>; values: Map<number, number> }>();
        const first = Math.ceil(start / stepMs) * stepMs;
        for (const s of streams) {
          const metric = groupKey(s.labels, parsed.sum);
          const key = JSON.stringify(Object.entries(metric).sort());
          const group = groups.get(key) ?? { metric, values: new Map<number, number>() };
          groups.set(key, group);
          for (let t = first; t <= end; t += stepMs) {
            let n = 0;
            for (let m = Math.ceil((t - parsed.rangeMs) / MINUTE) * MINUTE; m < t; m += MINUTE)
              n += count(s, m);
            const v = parsed.fn === 'rate' ? n / (parsed.rangeMs / 1000) : n;
            if (n > 0 || group.values.has(t)) group.values.set(t, (group.values.get(t) ?? 0) + v);
          }
        }
        const result = [...groups.values()]
          .filter((g) => g.values.size > 0)
          .map((g) => ({
            metric: g.metric,
            values: [...g.values].sort((a, b) => a[0] - b[0]).map(([t, v]) => [t / 1000, String(v)]),
          }));
        return HttpResponse.json({ status: 'success', data: { resultType: 'matrix', result, stats: {} } });
      }),
    ),
    http.get(
      `*${api}/labels`,
      guard((params) => {
        const names = new Set(labelsIn(params).flatMap((s) => Object.keys(s.labels)));
        return HttpResponse.json(
          names.size > 0 ? { status: 'success', data: [...names].sort() } : { status: 'success' },
        );
      }),
    ),
    http.get(`*${api}/label/:name/values`, ({ request, params: path }) =>
      guard((params) => {
        const name = String(path.name);
        const values = new Set(
          labelsIn(params)
            .map((s) => s.labels[name])
            .filter((v): v is string => v !== undefined),
        );
        return HttpResponse.json(
          values.size > 0 ? { status: 'success', data: [...values].sort() } : { status: 'success' },
        );
      })({ request }),
    ),
  ];
}
