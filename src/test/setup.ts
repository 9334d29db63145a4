import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';

// Shared CI machines are slow: wait up to 20 s for the state a test asserts (found sooner, it goes on at once).
configure({ asyncUtilTimeout: 20_000 });

// Property tests draw from one seed, so every run of the suite checks the same cases and CI turns
// red only when the code changes. FC_SEED=random explores new cases (a failure prints its seed;
// FC_SEED=<that seed> replays it).
const seedSetting = process.env.FC_SEED ?? '20261203';
fc.configureGlobal({ seed: seedSetting === 'random' ? Date.now() : Number(seedSetting) });

// jsdom has no layout: charts and virtualised lists measure their container,
// so report a fixed, laptop-like size.
class FixedSizeResizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    const rect = { x: 0, y: 0, top: 0, left: 0, width: 1024, height: 600, right: 1024, bottom: 600 };
    const entry = {
      target,
      contentRect: { ...rect, toJSON: () => rect },
      borderBoxSize: [{ inlineSize: 1024, blockSize: 600 }],
      contentBoxSize: [{ inlineSize: 1024, blockSize: 600 }],
      devicePixelContentBoxSize: [],
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver;

Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 600 });
Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 1024 });

// jsdom has no matchMedia: the system theme reads as light.
if (typeof (window as Partial<Window>).matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string): Partial<MediaQueryList> => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
