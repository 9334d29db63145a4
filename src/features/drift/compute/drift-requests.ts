import { analyseDrift, type AnalysisInput, type DriftAnalysis } from './analyse-drift';
import { scoreSamples, type SampleFeature, type SampleScores } from './score-samples';

/** What the drift worker can be asked, and what each question answers. */
export interface DriftRequests {
  analyse: { input: AnalysisInput; output: DriftAnalysis };
  samples: { input: SampleFeature[]; output: SampleScores[] };
}
export type DriftRequestKind = keyof DriftRequests;

export type DriftRequest = {
  [K in DriftRequestKind]: { kind: K; input: DriftRequests[K]['input'] };
}[DriftRequestKind];

const HANDLERS: {
  [K in DriftRequestKind]: (input: DriftRequests[K]['input']) => DriftRequests[K]['output'];
} = {
  analyse: analyseDrift,
  samples: scoreSamples,
};

/** Runs one request: in the worker, or on the main thread where there is none (tests, old browsers). */
export function handleDriftRequest<K extends DriftRequestKind>(
  kind: K,
  input: DriftRequests[K]['input'],
): DriftRequests[K]['output'] {
  return HANDLERS[kind](input);
}

/** Main thread → worker. */
export interface WorkerCall {
  id: number;
  request: DriftRequest;
}

/** Worker → main thread; `computeMs` is the time spent computing inside the worker. */
export type WorkerReply =
  { id: number; ok: true; output: unknown; computeMs: number } | { id: number; ok: false; message: string };
