/// <reference lib="webworker" />
import { elkLayout } from './elk-layout';
import type { LayoutReply, LayoutRequest } from './layout-types';

/** Lays out pipeline graphs off the main thread, so a 2,000-step graph never blocks the page. */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  elkLayout(request).then(
    (reply) => self.postMessage(reply),
    (error: unknown) =>
      self.postMessage({
        key: request.key,
        width: 0,
        height: 0,
        nodes: [],
        edges: [],
        ms: 0,
        error: error instanceof Error ? error.message : String(error),
      } satisfies LayoutReply),
  );
};
