import {
  createContext,
  createElement,
  useContext,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

/** Where the app reads the time. One per app: the page and the backend it talks to must agree on "now". */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/**
 * The current time of one clock, re-read each minute: relative times and "last 24 h"
 * windows move on without a reload, yet every component sees the same instant within
 * a minute, so query keys built from it stay equal and stable.
 */
interface Ticker {
  clock: Clock;
  subscribe: (listener: () => void) => () => void;
  read: () => number;
}

function createTicker(clock: Clock): Ticker {
  let now = clock.now();
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    clock,
    subscribe: (listener) => {
      listeners.add(listener);
      timer ??= setInterval(() => {
        now = clock.now();
        for (const l of listeners) l();
      }, 60_000);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
    read: () => now,
  };
}

const systemTicker = createTicker(systemClock);
const TickerContext = createContext<Ticker>(systemTicker);

/** Gives the tree below a clock of its own (tests give the demo server's fixed clock). */
export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }): ReactNode {
  const [ticker] = useState(() => (clock === systemClock ? systemTicker : createTicker(clock)));
  return createElement(TickerContext.Provider, { value: ticker }, children);
}

/** The clock itself, for the moment of an action (a note's time, a picker's default). */
export function useClock(): Clock {
  return useContext(TickerContext).clock;
}

/** The current time, ticking each minute. */
export function useNow(): number {
  const ticker = useContext(TickerContext);
  return useSyncExternalStore(ticker.subscribe, ticker.read);
}
