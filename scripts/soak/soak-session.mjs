// The soak's browser part, shared by `npm run soak` (1,000 actions) and e2e/soak.spec.ts (100):
// seeded random navigations and actions on the demo under `?scenario=flaky`, counting what must
// never happen (uncaught errors, blank pages, lost notes) and the JS heap before and after.

/** What the soak must stay within. */
export const SOAK_TARGETS = { pageErrors: 0, blankPages: 0, notesLost: 0, heapGrowth: 0.1 };

/** The demo with a short client timeout, so the flaky scenario's unanswered requests fail within seconds. */
export const soakConfig = (timeoutMs) => ({
  connections: [{ id: 'demo', kind: 'demo', name: 'Demo', options: { timeoutMs } }],
});

/** The same generator as src/domain/mulberry32.ts (this file runs in plain Node, without TypeScript). */
export function mulberry32(state) {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES = [
  { id: 'data-scientist', label: 'Data scientist', writesNotes: true },
  { id: 'data-engineer', label: 'Data engineer', writesNotes: true },
  { id: 'sre', label: 'SRE', writesNotes: true },
  { id: 'product-manager', label: 'Product manager', writesNotes: false },
  { id: 'stakeholder', label: 'Stakeholder', writesNotes: false },
];
const MODEL_TABS = ['versions', 'drift', 'performance', 'compare', 'lineage', 'deployments', 'service'];
const FIXED_ROUTES = [
  ...ROLES.map((r) => `/home/${r.id}`),
  '/models',
  '/incidents',
  '/settings/connections',
  '/no-such-page',
];
const SEARCH_WORDS = ['churn', 'fraud', 'rank', 'price', 'fore', 'rec', 'x', 'detect', ''];

/** How long a page may take to show its heading or an error: three attempts of a timed-out request and the back-offs. */
const SETTLE_MS = 20_000;
/** How long a note may take to be confirmed or to say why not. */
const NOTE_MS = 30_000;

/** Each action's weight in the random mix. */
const WEIGHTS = {
  nav: 4,
  route: 3,
  link: 3,
  tab: 3,
  role: 2,
  search: 1,
  note: 1,
  theme: 1,
  back: 1,
  retry: 1,
};

/**
 * Runs `actions` seeded random actions on `page` (whose context has the app's base URL) and
 * returns the figures. `log` gets a line now and then.
 */
export async function soakSession(page, options = {}) {
  const { actions = 100, seed = 42, faultRate = 0.1, timeoutMs = 3_000, log = () => {} } = options;
  const { warmup = Math.min(100, Math.round(actions / 10)) } = options;
  const random = mulberry32(seed);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const weighted = Object.entries(WEIGHTS).flatMap(([name, weight]) => Array(weight).fill(name));

  let step = 0;
  /** Settled pages that showed at least one error message: the faults at work. */
  let pagesShowingErrors = 0;
  let action = 'start';
  const pageErrors = [];
  const blankPages = [];
  const notes = [];
  const counts = {};
  const models = new Set();
  const incidents = new Set();

  page.on('pageerror', (error) =>
    pageErrors.push({ step, action, url: page.url(), message: error.stack ?? error.message }),
  );
  await page.route('**/config.json', (route) => route.fulfill({ json: soakConfig(timeoutMs) }));
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    // Twice: the first pass can leave objects that only a second one frees (weak maps, finalizers).
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  const path = () => new URL(page.url()).pathname;

  /** In-app navigation, as a link would do it: the demo backend (and its state) lives on. */
  const goTo = async (to) => {
    await page.evaluate((target) => {
      // The router's own state shape, one entry further on, so Back returns here as after a click.
      const state = {
        usr: null,
        key: Math.random().toString(36).slice(2, 10),
        idx: (window.history.state?.idx ?? 0) + 1,
      };
      window.history.pushState(state, '', target);
      window.dispatchEvent(new PopStateEvent('popstate', { state }));
    }, to);
  };

  /** Waits for the page's heading or an error message; a page with neither is blank. */
  const settle = async () => {
    const shown = page.locator('h1:visible, [role="alert"]:visible').first();
    await shown.waitFor({ timeout: SETTLE_MS }).catch(() => undefined);
    const headings = await page.locator('h1:visible').count();
    const errors = await page.locator('[role="alert"]:visible').count();
    if (errors > 0) pagesShowingErrors += 1;
    if (headings === 0 && errors === 0) {
      const text = (
        await page
          .locator('body')
          .innerText()
          .catch(() => '')
      ).slice(0, 200);
      blankPages.push({ step, action, url: page.url(), text });
    }
    const hrefs = await page.$$eval('a[href^="/"]', (links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) {
      const model = /^\/models\/([^/?#]+)/.exec(href ?? '')?.[1];
      const incident = /^\/incidents\/([^/?#]+)/.exec(href ?? '')?.[1];
      if (model) models.add(decodeURIComponent(model));
      if (incident) incidents.add(decodeURIComponent(incident));
    }
  };

  const sorted = (set) => [...set].sort();
  const randomRoute = () => {
    const choice = random();
    if (choice < 0.5 || models.size === 0) return pick(FIXED_ROUTES);
    if (choice < 0.8) {
      const name = encodeURIComponent(pick(sorted(models)));
      const tab = pick([undefined, ...MODEL_TABS]);
      return tab ? `/models/${name}/${tab}` : `/models/${name}`;
    }
    return incidents.size ? `/incidents/${encodeURIComponent(pick(sorted(incidents)))}` : '/incidents';
  };

  const clickRandom = async (locator) => {
    const all = await locator.all();
    const visible = [];
    for (const item of all) if (await item.isVisible()) visible.push(item);
    if (visible.length === 0) return false;
    await pick(visible).click({ timeout: 5_000 });
    return true;
  };

  const currentRole = () => page.getByRole('combobox', { name: 'Role' }).inputValue();

  const switchRole = async (label) => {
    await page.getByRole('combobox', { name: 'Role' }).selectOption({ label });
  };

  /** Where a note's words are now: saved, pending (saying so), failed (saying why), back in the draft, or nowhere. */
  const noteState = (text) =>
    page.evaluate((body) => {
      const items = [...document.querySelectorAll('[aria-label="Notes, newest first"] > li')];
      const item = items.find((li) => li.querySelector('.note__body')?.textContent === body);
      if (item) {
        if (!item.classList.contains('note--pending')) return 'saved';
        if (item.classList.contains('note--failed'))
          return item.querySelector('[role="alert"]')?.textContent?.includes('Not saved:')
            ? 'failed'
            : 'unexplained';
        return 'pending';
      }
      const drafts = [...document.querySelectorAll('textarea')].map((t) => t.value);
      return drafts.some((d) => d.includes(body)) ? 'draft' : 'missing';
    }, text);

  /** The same page, role and quiet network for every heap figure. */
  const toLanding = async () => {
    await switchRole('Data scientist');
    await goTo('/home/data-scientist');
    await settle();
    await page.waitForLoadState('networkidle').catch(() => undefined);
  };

  const writeNote = async () => {
    if (incidents.size === 0) return goTo('/incidents');
    const role = await currentRole();
    if (!ROLES.find((r) => r.id === role)?.writesNotes) {
      await switchRole(pick(ROLES.filter((r) => r.writesNotes)).label);
      await settle();
    }
    const incident = pick(sorted(incidents));
    await goTo(`/incidents/${encodeURIComponent(incident)}`);
    const box = page.getByRole('textbox', { name: 'Add a note' });
    const ready = await box.waitFor({ timeout: SETTLE_MS }).then(
      () => true,
      () => false,
    );
    if (!ready) return void (counts.noteSkipped = (counts.noteSkipped ?? 0) + 1);
    const text = `Soak note ${seed}-${notes.length + 1}: checked at step ${step}`;
    await box.fill('');
    await box.pressSequentially(text, { delay: 0 });
    await page.getByRole('button', { name: 'Save note' }).click();
    const note = { text, incident, step, state: 'missing' };
    notes.push(note);
    const deadline = Date.now() + NOTE_MS;
    do {
      note.state = await noteState(text);
      if (note.state === 'saved' || note.state === 'failed') break;
      await page.waitForTimeout(100);
    } while (Date.now() < deadline);
  };

  const perform = async (name) => {
    switch (name) {
      case 'nav':
        if (!(await clickRandom(page.getByRole('navigation', { name: 'Main' }).getByRole('link'))))
          await goTo(pick(FIXED_ROUTES));
        return;
      case 'route':
        return goTo(randomRoute());
      case 'link':
        if (!(await clickRandom(page.locator('main a[href^="/"]')))) await goTo(randomRoute());
        return;
      case 'tab':
        if (/^\/models\/[^/]+/.test(path()))
          await clickRandom(page.getByRole('navigation', { name: 'Model views' }).getByRole('link'));
        else if (models.size) await goTo(`/models/${encodeURIComponent(pick(sorted(models)))}`);
        else await goTo('/models');
        return;
      case 'role':
        return switchRole(pick(ROLES).label);
      case 'search': {
        // The fleet page has one search, its own; elsewhere the header's finds a model.
        const header = page.getByRole('combobox', { name: 'Find a model' });
        const box = (await header.count())
          ? header
          : page.getByRole('search', { name: 'Filter models' }).getByRole('searchbox');
        await box.fill(pick(SEARCH_WORDS));
        return box.press('Enter');
      }
      case 'note':
        return writeNote();
      case 'theme':
        return page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).click();
      case 'back': {
        // Only within the app: the first entry's "back" would leave it.
        const inApp = await page.evaluate(() => (window.history.state?.idx ?? 0) > 0);
        if (inApp) await page.goBack();
        return;
      }
      case 'retry':
        if (!(await clickRandom(page.getByRole('button', { name: /^Retry/ })))) await goTo(randomRoute());
        return;
    }
  };

  // A first tour of every fixed route, so the heap at the start already holds what each page loads once.
  const startedAt = Date.now();
  await page.goto(`/home/data-scientist?scenario=flaky&faultRate=${faultRate}&seed=${seed}`);
  await settle();
  for (const route of FIXED_ROUTES) {
    action = `tour ${route}`;
    await goTo(route);
    await settle();
  }
  const firstModel = sorted(models)[0];
  const firstIncident = sorted(incidents)[0];
  const modelRoutes = firstModel
    ? [undefined, ...MODEL_TABS].map(
        (tab) => `/models/${encodeURIComponent(firstModel)}${tab ? `/${tab}` : ''}`,
      )
    : [];
  for (const route of [
    ...modelRoutes,
    ...(firstIncident ? [`/incidents/${encodeURIComponent(firstIncident)}`] : []),
  ]) {
    action = `tour ${route}`;
    await goTo(route);
    await settle();
  }
  action = 'tour /home/data-scientist';
  await toLanding();
  const heapAfterTour = await heap();
  let heapStart = heapAfterTour;
  /** The heap every 100 actions, to tell a plateau (caches filling) from a climb (a leak). */
  const heapSamples = [];

  for (step = 1; step <= actions; step++) {
    action = pick(weighted);
    counts[action] = (counts[action] ?? 0) + 1;
    try {
      await perform(action);
    } catch (error) {
      // An action that could not be done (a link gone mid-click) is the page changing, not a failure.
      counts.actionFailed = (counts.actionFailed ?? 0) + 1;
      if (counts.actionFailed <= 5) log(`  step ${step} ${action}: ${String(error).split('\n')[0]}`);
    }
    await settle();
    if (step === warmup) {
      // The start of the steady state: V8 has compiled what the actions run, and the caches hold
      // what a session keeps; growth from here on is what a long session would pile up.
      await toLanding();
      heapStart = await heap();
    }
    if (step % 100 === 0) {
      // On the landing page, as the start and end figures are, so the samples compare.
      const { pathname, search } = new URL(page.url());
      await toLanding();
      heapSamples.push({ step, bytes: await heap() });
      await goTo(pathname + search);
      await settle();
      log(
        `  ${step} actions, ${Math.round((Date.now() - startedAt) / 1000)} s, heap ${(heapSamples.at(-1).bytes / 1048576).toFixed(1)} MB`,
      );
    }
  }

  // Every note that was not confirmed must still be on its incident, saying why.
  action = 'notes check';
  for (const note of notes.filter((n) => n.state !== 'saved')) {
    await goTo(`/incidents/${encodeURIComponent(note.incident)}`);
    await settle();
    await page
      .getByRole('textbox', { name: 'Add a note' })
      .or(page.getByText('Notes are written by'))
      .first()
      .waitFor({ timeout: SETTLE_MS })
      .catch(() => undefined);
    const deadline = Date.now() + NOTE_MS;
    do {
      note.state = await noteState(note.text);
      if (['saved', 'failed', 'pending', 'draft'].includes(note.state)) break;
      await page.waitForTimeout(200);
    } while (Date.now() < deadline);
  }
  const notesLost = notes.filter((n) => n.state === 'missing' || n.state === 'unexplained');

  action = 'end';
  await toLanding();
  const heapEnd = await heap();
  await cdp.detach().catch(() => undefined);

  return {
    actions,
    seconds: Math.round((Date.now() - startedAt) / 1000),
    counts,
    pagesShowingErrors,
    pageErrors,
    blankPages,
    notesTyped: notes.length,
    notesSaved: notes.filter((n) => n.state === 'saved').length,
    notesLost,
    warmup,
    heapAfterTourBytes: heapAfterTour,
    heapStartBytes: heapStart,
    heapEndBytes: heapEnd,
    heapGrowth: (heapEnd - heapStart) / heapStart,
    heapSamples,
  };
}

/** The malformed config.json cases: each must stop the app on a page that names the field. */
export const CONFIG_FAULTS = [
  {
    label: 'unknown kind',
    field: 'connections.0.kind',
    config: { connections: [{ id: 'g', kind: 'grafana', url: 'http://g' }] },
  },
  {
    label: 'duplicate id',
    field: 'connections.1.id',
    config: {
      connections: [
        { id: 'prom', kind: 'prometheus', url: 'http://a:9090' },
        { id: 'prom', kind: 'prometheus', url: 'http://b:9090' },
      ],
    },
  },
  {
    label: 'bad URL',
    field: 'connections.0.url',
    config: { connections: [{ id: 'prom', kind: 'prometheus', url: 'prometheus:9090' }] },
  },
  {
    label: 'capability naming a missing connection',
    field: 'capabilities.registry',
    config: { connections: [{ id: 'demo', kind: 'demo' }], capabilities: { registry: 'mlflow' } },
  },
];

/** Loads the app with each bad config.json in `page` and returns the cases whose page did not name the field. */
export async function checkConfigFaults(page) {
  const failures = [];
  for (const { label, field, config } of CONFIG_FAULTS) {
    await page.route('**/config.json', (route) => route.fulfill({ json: config }));
    await page.goto('/');
    const alert = page.getByRole('alert');
    const named = await alert
      .filter({ hasText: `Bad field: ${field}` })
      .waitFor({ timeout: SETTLE_MS })
      .then(
        () => true,
        () => false,
      );
    const heading = await page
      .getByRole('heading', { level: 1 })
      .innerText()
      .catch(() => '');
    if (!named || !heading.includes('configuration is invalid'))
      failures.push({ label, field, heading, shown: await alert.innerText().catch(() => '') });
    await page.unroute('**/config.json');
  }
  return { cases: CONFIG_FAULTS.length, failures };
}
