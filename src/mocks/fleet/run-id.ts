import { createRng } from './prng';

const HEAD = 10;
const TAIL = 22;

function xorHex(a: string, b: string): string {
  let out = '';
  for (let i = 0; i < a.length; i++)
    out += (parseInt(a.charAt(i), 16) ^ parseInt(b.charAt(i), 16)).toString(16);
  return out;
}

const tailFor = (seed: number, index: number, version: number): string =>
  createRng(seed, 'run', index, version).hex(TAIL);
const maskFor = (seed: number, tail: string): string => createRng(seed, 'run-mask', tail).hex(HEAD);

/**
 * A 32-hex run id, like MLflow's, that carries the model's index and the
 * version masked by its random-looking tail. A run can then be found from a
 * deep link without generating the whole fleet.
 */
export function encodeRunId(seed: number, index: number, version: number): string {
  const tail = tailFor(seed, index, version);
  const payload = index.toString(16).padStart(8, '0') + version.toString(16).padStart(2, '0');
  return xorHex(payload, maskFor(seed, tail)) + tail;
}

/** The model index and version a run id stands for, or undefined for ids this fleet never issued. */
export function decodeRunId(seed: number, runId: string): { index: number; version: number } | undefined {
  if (!/^[0-9a-f]{32}$/.test(runId)) return undefined;
  const tail = runId.slice(HEAD);
  const payload = xorHex(runId.slice(0, HEAD), maskFor(seed, tail));
  const index = parseInt(payload.slice(0, 8), 16);
  const version = parseInt(payload.slice(8), 16);
  return tailFor(seed, index, version) === tail ? { index, version } : undefined;
}
