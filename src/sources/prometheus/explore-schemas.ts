import { z } from 'zod';
import { instantQueryWire, queryRangeWire } from './schemas';

/** What Explore reads: the query answers with their warnings, and the metadata lists. */
export const exploreRangeWire = queryRangeWire;
export const exploreInstantWire = instantQueryWire.extend({ warnings: z.array(z.string()).optional() });

/** `GET /api/v1/labels`, `/api/v1/label/<name>/values`: a list of strings. */
export const stringListWire = z.object({
  status: z.literal('success'),
  data: z
    .array(z.string())
    .nullable()
    .transform((names) => names ?? []),
  warnings: z.array(z.string()).optional(),
});
