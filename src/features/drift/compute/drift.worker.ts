import { handleDriftRequest, type DriftRequest, type WorkerCall, type WorkerReply } from './drift-requests';

/** The drift worker: scoring many features and buckets here keeps typing and scrolling smooth. */
function run(request: DriftRequest): unknown {
  // One call per kind keeps the input and output types paired.
  return request.kind === 'analyse'
    ? handleDriftRequest('analyse', request.input)
    : handleDriftRequest('samples', request.input);
}

self.onmessage = (event: MessageEvent<WorkerCall>) => {
  const { id, request } = event.data;
  let reply: WorkerReply;
  try {
    const started = performance.now();
    const output = run(request);
    reply = { id, ok: true, output, computeMs: performance.now() - started };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
