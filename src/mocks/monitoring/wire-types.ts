import type { z } from 'zod';
import type { monitoringConfigWire } from '../../sources/rest/monitoring-schemas';
import type { retrainingRequestWire } from '../../sources/rest/operations-schemas';

/** Payload types the demo builds that the client schemas only name as schemas. */
export type MonitoringConfigWire = z.input<typeof monitoringConfigWire>;
export type RetrainingRequestWire = z.infer<typeof retrainingRequestWire>;
