import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from './connection-config';
import { parseMlflowOptions } from './mlflow/options';
import { parsePrometheusOptions } from './prometheus/options';

// This file loads only zod/mini (classic zod, which configures zod's English messages when it
// loads, is nowhere in its imports), as the landing route does.
describe('messages of the zod/mini schemas', () => {
  it('name the bad field of config.json in words', () => {
    expect(() =>
      parseRuntimeConfig({ connections: [{ id: 'api', kind: 'sightline', url: '/api', name: 5 }] }),
    ).toThrow('config.json: "connections.0.name" Invalid input: expected string, received number.');
  });

  it("name the bad field of a connection's options in words", () => {
    expect(parsePrometheusOptions({ timeoutMs: 'soon' })).toMatchObject({
      ok: false,
      message: '"options.timeoutMs" invalid input: expected number, received string',
    });
    expect(parseMlflowOptions({ teamtag: 'squad' })).toMatchObject({
      ok: false,
      message: '"options" unrecognized key: "teamtag"',
    });
  });
});
