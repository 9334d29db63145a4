import type { Page } from '@playwright/test';

export const SOAK_TARGETS: { pageErrors: number; blankPages: number; notesLost: number; heapGrowth: number };

export interface SoakOptions {
  /** How many random actions (after a first tour of every route). */
  actions?: number;
  seed?: number;
  /** The share of demo requests that fail. */
  faultRate?: number;
  /** The demo connection's client timeout. */
  timeoutMs?: number;
  /** Actions before the heap's starting figure is taken (default a tenth, at most 100). */
  warmup?: number;
  log?: (line: string) => void;
}

export interface SoakIncident {
  step: number;
  action: string;
  url: string;
}

export interface SoakResult {
  actions: number;
  seconds: number;
  counts: Record<string, number>;
  /** Settled pages that showed at least one error message: the faults at work. */
  pagesShowingErrors: number;
  pageErrors: (SoakIncident & { message: string })[];
  blankPages: (SoakIncident & { text: string })[];
  notesTyped: number;
  notesSaved: number;
  notesLost: { text: string; incident: string; step: number; state: string }[];
  warmup: number;
  /** After the first tour of every route, before any random action. */
  heapAfterTourBytes: number;
  /** After the warm-up actions. */
  heapStartBytes: number;
  heapEndBytes: number;
  heapGrowth: number;
  heapSamples: { step: number; bytes: number }[];
}

export function soakSession(page: Page, options?: SoakOptions): Promise<SoakResult>;

export const CONFIG_FAULTS: { label: string; field: string; config: unknown }[];

export function checkConfigFaults(
  page: Page,
): Promise<{ cases: number; failures: { label: string; field: string; heading: string; shown: string }[] }>;

export function mulberry32(state: number): () => number;
export function soakConfig(timeoutMs: number): unknown;
