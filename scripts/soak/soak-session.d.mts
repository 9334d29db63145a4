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
  pageErrors: (SoakIncident & { message: string })[];
  blankPages: (SoakIncident & { text: string })[];
  notesTyped: number;
  notesSaved: number;
  notesLost: { text: string; incident: string; step: number; state: string }[];
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
