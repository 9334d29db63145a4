import { describe, expect, it } from 'vitest';
import type { Incident } from '../../domain/incident';
import { incidentsAnswer } from './incidents-answer';

const NOW = Date.UTC(2026, 10, 27, 12);
const HOUR = 3_600_000;
const incident = (status: Incident['status'], startedAgo: number, lasted?: number): Incident => ({
  id: `${status}-${startedAgo}`,
  title: 't',
  severity: 'major',
  status,
  model: 'm',
  startedAt: NOW - startedAgo,
  resolvedAt: lasted === undefined ? undefined : NOW - startedAgo + lasted,
  summary: '',
});

describe('incidentsAnswer', () => {
  it('counts open incidents by state and names the oldest', () => {
    expect(
      incidentsAnswer([incident('investigating', 6 * HOUR), incident('mitigated', 30 * HOUR)], NOW),
    ).toBe('2 incidents are open (1 investigating, 1 mitigated); the oldest for 30 h.');
  });

  it('gives the median time to resolve', () => {
    expect(
      incidentsAnswer(
        [
          incident('resolved', 50 * HOUR, HOUR),
          incident('resolved', 40 * HOUR, 3 * HOUR),
          incident('resolved', 30 * HOUR, 2 * HOUR),
        ],
        NOW,
      ),
    ).toBe('3 incidents were resolved, in 2 h at the median.');
  });

  it('uses the singular', () => {
    expect(incidentsAnswer([incident('investigating', HOUR)], NOW)).toBe(
      '1 incident is open (1 investigating, 0 mitigated); the oldest for 1 h.',
    );
  });
});
