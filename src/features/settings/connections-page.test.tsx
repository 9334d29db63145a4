import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RuntimeConfig } from '../../sources/connection-config';
import { getEffectiveConfig } from '../../stores/connections-store';
import { startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

const server = startDemoServer();

// The header's health indicator checks every connection; this one is down, which the tests ignore.
const platformDown = http.all('https://ml.example.com/*', () => new HttpResponse(null, { status: 503 }));

const TOKEN = 'eyJhbGciOi.preset-secret';
const PRESET: RuntimeConfig = {
  connections: [
    { id: 'demo', kind: 'demo' },
    { id: 'platform', kind: 'sightline', name: 'Platform', url: 'https://ml.example.com/api', token: TOKEN },
  ],
  capabilities: { registry: 'demo' },
};

async function editPlatform(): Promise<HTMLElement> {
  const row = await screen.findByRole('listitem', { name: 'Connection Platform' });
  await userEvent.click(within(row).getByRole('button', { name: 'Edit' }));
  return screen.findByRole('form', { name: 'Edit connection platform' });
}

describe('a connection’s token on the Connections page', () => {
  beforeEach(() => server.use(platformDown));

  it('is never put back on screen, and an empty field keeps it', async () => {
    renderApp('/settings/connections', PRESET);
    const form = await editPlatform();
    expect(within(form).getByLabelText(/Token \(optional\)/)).toHaveValue('');
    expect(
      within(form).getByText(/A token is held for this tab: leave empty to keep it/),
    ).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Save connection' }));
    expect(getEffectiveConfig().connections[1]?.token).toBe(TOKEN);
  });

  it('can be forgotten without removing the connection', async () => {
    renderApp('/settings/connections', PRESET);
    const form = await editPlatform();
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Forget the held token' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save connection' }));
    expect(getEffectiveConfig().connections[1]).toMatchObject({ id: 'platform' });
    expect(getEffectiveConfig().connections[1]?.token).toBeUndefined();

    const again = await editPlatform();
    expect(within(again).queryByRole('checkbox', { name: 'Forget the held token' })).not.toBeInTheDocument();
    expect(within(again).getByText('Kept in memory for this tab only; never saved.')).toBeInTheDocument();
  });

  it('is used by Test on the edited connection unless it was forgotten', async () => {
    const sent: (string | null)[] = [];
    server.use(
      http.all('https://ml.example.com/*', ({ request }) => {
        sent.push(request.headers.get('authorization'));
        return new HttpResponse(null, { status: 503 });
      }),
    );
    renderApp('/settings/connections', PRESET);
    const form = await editPlatform();
    sent.length = 0;
    await userEvent.click(within(form).getByRole('button', { name: 'Test' }));
    await waitFor(() => expect(sent.length).toBeGreaterThan(0));
    expect(new Set(sent)).toEqual(new Set([`Bearer ${TOKEN}`]));

    await userEvent.click(within(form).getByRole('checkbox', { name: 'Forget the held token' }));
    sent.length = 0;
    await userEvent.click(within(form).getByRole('button', { name: 'Test' }));
    await waitFor(() => expect(sent.length).toBeGreaterThan(0));
    expect(new Set(sent)).toEqual(new Set([null]));
  });
});

describe('a connection’s URL on the Connections page', () => {
  beforeEach(() => server.use(platformDown));

  it('is refused, saying why, when its scheme is missing, and what was typed stays', async () => {
    renderApp('/settings/connections', PRESET);
    const form = await editPlatform();
    const url = within(form).getByRole('textbox', { name: 'URL' });
    await userEvent.clear(url);
    await userEvent.type(url, 'ml.example.com:8080');
    await userEvent.click(within(form).getByRole('button', { name: 'Save connection' }));
    expect(
      await within(form).findByText(
        /The URL must start with http:\/\/ or https:\/\/ .* not "ml.example.com:"\./,
      ),
    ).toBeInTheDocument();
    expect(url).toHaveValue('ml.example.com:8080');
    expect(getEffectiveConfig().connections[1]?.url).toBe('https://ml.example.com/api');
  });
});
