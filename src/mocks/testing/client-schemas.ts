import type { z } from 'zod';
import {
  deploymentListWire,
  facetsWire,
  fleetSummaryWire,
  modelDetailWire,
  modelPageWire,
  serverInfoWire,
  trainingRunWire,
  versionListWire,
} from '../../sources/rest/schemas';

/** Test helper: the client's zod schema for the 200 answer of each operation of the contract. */
export const CLIENT_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  getServerInfo: serverInfoWire,
  listModels: modelPageWire,
  getModel: modelDetailWire,
  listModelVersions: versionListWire,
  getRun: trainingRunWire,
  getFacets: facetsWire,
  getFleetSummary: fleetSummaryWire,
  listDeployments: deploymentListWire,
};
