import { setupServer, type SetupServer } from 'msw/node';
import { marquezHandlers } from './handlers';

/** Where tests reach the mock Marquez. */
export const MARQUEZ_TEST_URL = 'http://marquez.test';

export function createMarquezServer(): SetupServer {
  return setupServer(...marquezHandlers(MARQUEZ_TEST_URL));
}
