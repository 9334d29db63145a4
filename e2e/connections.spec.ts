import type { Page } from '@playwright/test';
import { gotoAndWait, mainNav } from './support/app';
import { expect, test } from './support/test';

const CAPABILITIES = ['Model registry', 'Metrics', 'Alerts', 'Monitoring', 'Operations'];

/** Serves `body` as the deployment's config.json, in place of whatever the server has (nothing, here). */
async function serveConfig(page: Page, body: unknown): Promise<void> {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

test.describe('Settings → Connections', () => {
  test('the built-in demo answers all five capabilities and its test works', async ({ page }) => {
    await gotoAndWait(page, '/settings/connections');
    const demo = page.getByRole('listitem', { name: 'Connection Demo' });
    await expect(demo.getByRole('heading', { name: 'Demo' })).toBeVisible();
    await expect(demo).toContainText('Built-in demo');
    await expect(demo).toContainText(`Answers: ${CAPABILITIES.join(', ')}`);
    await expect(demo.getByRole('status')).toContainText('Works');
    await expect(demo.getByRole('status')).toContainText('Connected to Sightline demo');
    // The only connection cannot be removed: the app would have nothing to read.
    await expect(demo.getByRole('button', { name: 'Remove' })).toBeDisabled();

    const table = page.getByRole('region', { name: 'Who answers what' });
    for (const capability of CAPABILITIES)
      await expect(table.getByRole('combobox', { name: `Connection for ${capability}` })).toHaveValue('demo');
    await expect(page.getByRole('link', { name: 'Demo: 1 connection, all answering' })).toBeVisible();
  });

  test('testing an unreachable Sightline server says why it failed and keeps what was typed', async ({
    page,
  }) => {
    await gotoAndWait(page, '/settings/connections');
    await page.getByRole('button', { name: 'Add connection' }).click();
    const form = page.getByRole('form', { name: 'Add a connection' });
    await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Sightline REST server' });
    await form.getByRole('textbox', { name: 'ID' }).fill('platform');
    await form.getByRole('textbox', { name: 'Display name' }).fill('ML platform');
    // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
    await form.getByRole('textbox', { name: 'URL' }).fill('http://127.0.0.1:9');
    await form.getByRole('button', { name: 'Test', exact: true }).click();

    const result = form.getByRole('status');
    await expect(result).toContainText('Failed');
    await expect(result).toContainText('Could not reach ML platform for GET /info.');
    await expect(result).toContainText('Check the URL, that the server is running');

    await expect(form.getByRole('combobox', { name: 'Kind' })).toHaveValue('sightline');
    await expect(form.getByRole('textbox', { name: 'ID' })).toHaveValue('platform');
    await expect(form.getByRole('textbox', { name: 'Display name' })).toHaveValue('ML platform');
    await expect(form.getByRole('textbox', { name: 'URL' })).toHaveValue('http://127.0.0.1:9');
    await expect(form.getByRole('button', { name: 'Test', exact: true })).toBeEnabled();
    // Nothing was saved by testing.
    await expect(page.getByRole('listitem', { name: 'Connection ML platform' })).toHaveCount(0);
  });

  for (const [label, config, field] of [
    ['an id with a space', { connections: [{ id: 'my demo', kind: 'demo' }] }, 'connections.0.id'],
    [
      'a capability naming no connection',
      { connections: [{ id: 'demo', kind: 'demo' }], capabilities: { registry: 'mlflow' } },
      'capabilities.registry',
    ],
    ['text that is not JSON', '{ "connections": [', '(root)'],
  ] as const) {
    test(`a config.json with ${label} stops on an error page naming the field`, async ({ page }) => {
      await serveConfig(page, config);
      await page.goto('/');
      await expect(page).toHaveTitle('Configuration error · Sightline');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Sightline cannot start: its configuration is invalid',
      );
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`Bad field: ${field}`);
      await expect(alert).toContainText(/^config\.json/);
      await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    });
  }

  // An MLflow source is being built meanwhile, so no connection kind stays "not supported" for long:
  // the refusal is tested with a valid config whose connections simply cannot answer the registry.
  test('a valid config.json whose connections cannot answer the registry gets a plain refusal', async ({
    page,
  }) => {
    await serveConfig(page, {
      connections: [{ id: 'prom', kind: 'prometheus', url: 'http://127.0.0.1:9', name: 'Team Prometheus' }],
    });
    await page.goto('/home/product-manager');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio');
    // Each panel that needs the registry says so, and where to fix it; nothing crashes.
    // The three registry panels, and the two of delivery (also answered by no connection here).
    const refusals = page.getByRole('main').getByRole('status');
    await expect(refusals).toHaveCount(5);
    await expect(refusals.filter({ hasText: 'No connection answers the model registry.' })).toHaveCount(3);
    for (const refusal of await refusals.all()) {
      await expect(refusal).toContainText('needs a connection. No connection answers');
      await expect(refusal.getByRole('link', { name: /Set up a connection/ })).toHaveAttribute(
        'href',
        '/settings/connections',
      );
    }
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);

    await mainNav(page).getByRole('link', { name: 'Connections' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connections');
    const prometheus = page.getByRole('listitem', { name: 'Connection Team Prometheus' });
    await expect(prometheus).toContainText('Answers: Metrics, Alerts');
    const table = page.getByRole('region', { name: 'Who answers what' });
    for (const capability of ['Model registry', 'Monitoring', 'Operations'])
      await expect(table.getByRole('row', { name: new RegExp(`^${capability}`) })).toContainText(
        'No connection can answer this.',
      );
    await expect(table.getByRole('combobox', { name: 'Connection for Metrics' })).toHaveValue('prom');
  });

  // Whether this build speaks MLflow or not (it is being added), such a config must not break the app.
  test('a valid config.json with an MLflow registry starts the app and says what the registry lacks', async ({
    page,
  }) => {
    await serveConfig(page, {
      connections: [
        { id: 'demo', kind: 'demo', name: 'Demo' },
        { id: 'tracking', kind: 'mlflow', url: '/mlflow', name: 'MLflow tracking' },
      ],
      capabilities: { registry: 'tracking' },
    });
    await gotoAndWait(page, '/home/product-manager');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio');
    const main = page.getByRole('main');
    await expect(main.getByRole('status').or(main.getByRole('alert'))).toHaveCount(3);
    for (const message of await main.getByRole('status').or(main.getByRole('alert')).all())
      await expect(message).toContainText('MLflow tracking');

    await mainNav(page).getByRole('link', { name: 'Connections' }).click();
    const mlflow = page.getByRole('listitem', { name: 'Connection MLflow tracking' });
    await expect(mlflow).toContainText('Answers: Model registry');
    await expect(mlflow.getByRole('status')).toContainText('Failed');
    const demo = page.getByRole('listitem', { name: 'Connection Demo' });
    await expect(demo.getByRole('status')).toContainText('Works');
  });
});
