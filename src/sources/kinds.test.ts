import { describe, expect, it } from 'vitest';
import { CAPABILITY_NAMES } from './capabilities';
import { parseRuntimeConfig } from './connection-config';
import { CONNECTION_KINDS, kindOf, SOURCE_KINDS, takesUrl } from './kinds';
import { misconfiguredSource } from './misconfigured';
import { parseOptions } from './options';
import { PROMETHEUS_DEFAULTS } from './prometheus/options';
import { createSource } from './select-source';

const signal = new AbortController().signal;

describe('the registry of backend kinds', () => {
  it('lists each kind once, each answering known capabilities', () => {
    expect(new Set(CONNECTION_KINDS).size).toBe(SOURCE_KINDS.length);
    for (const kind of SOURCE_KINDS) {
      expect(kind.label.length).toBeGreaterThan(0);
      expect(kind.capabilities.length).toBeGreaterThan(0);
      for (const name of kind.capabilities) expect(CAPABILITY_NAMES).toContain(name);
    }
  });

  it('accepts empty options for every kind: every setting has a default', () => {
    for (const kind of SOURCE_KINDS) expect(parseOptions(kind.optionsSchema, undefined).ok).toBe(true);
  });

  it('needs a URL for every kind but the demo, as config.json says', () => {
    expect(CONNECTION_KINDS.filter((id) => !takesUrl(id))).toEqual(['demo']);
    expect(() => parseRuntimeConfig({ connections: [{ id: 'p', kind: 'prometheus' }] })).toThrow(
      'config.json: "connections.0.url" is required for a prometheus connection.',
    );
  });

  it('shows the schema’s defaults as placeholders, and knows them before the adapter loads', () => {
    const scrape = kindOf('prometheus').optionFields.find((f) => f.path === 'scrapeIntervalSeconds');
    expect(scrape?.placeholder).toBe(String(PROMETHEUS_DEFAULTS.scrapeIntervalSeconds));
    const prometheus = { id: 'p', kind: 'prometheus' as const, url: 'http://127.0.0.1:9' };
    expect(createSource(prometheus).capabilities.metrics?.scrapeIntervalSeconds).toBe(
      PROMETHEUS_DEFAULTS.scrapeIntervalSeconds,
    );
    const every30s = { ...prometheus, options: { scrapeIntervalSeconds: 30 } };
    expect(createSource(every30s).capabilities.metrics?.scrapeIntervalSeconds).toBe(30);
  });

  it('offers a setting only where its kind’s schema reads it', () => {
    for (const kind of SOURCE_KINDS) {
      for (const field of kind.optionFields) {
        const value =
          field.type === 'number' ? 30 : field.type === 'select' ? field.choices?.[0]?.value : 'x';
        const options = field.path
          .split('.')
          .reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
        const parsed = parseOptions(kind.optionsSchema, options);
        // A value may be refused (a label name, say), but then that field is named, not another.
        if (!parsed.ok) expect(parsed.field).toBe(`options.${field.path}`);
      }
    }
  });
});

describe('a misconfigured connection', () => {
  const problem = { field: 'options.labels.model', message: '"options.labels.model" must be a label name' };
  const source = misconfiguredSource({ connectionId: 'am', name: 'Team AM' }, ['alerts'], problem);
  const said = 'Team AM is misconfigured: "options.labels.model" must be a label name.';

  it('fails every question with the bad field’s name, and its check says what to fix', async () => {
    await expect(source.capabilities.alerts!.listAlerts({}, signal)).rejects.toMatchObject({
      kind: 'unsupported',
      field: 'options.labels.model',
      message: said,
    });
    await expect(source.capabilities.alerts!.listSilences(signal)).rejects.toMatchObject({
      field: 'options.labels.model',
    });
    await expect(source.check(signal)).resolves.toEqual({
      ok: false,
      summary: said,
      steps: [
        {
          label: 'Settings',
          ok: false,
          detail: '"options.labels.model" must be a label name. Fix the connection\'s options.',
        },
      ],
    });
  });

  it('can be awaited without calling into it', async () => {
    await expect(Promise.resolve(source.capabilities.alerts)).resolves.toBeDefined();
  });
});
