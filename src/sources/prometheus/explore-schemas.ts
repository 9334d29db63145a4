import { z } from '../zod-mini';
import { instantQueryWire, queryRangeWire } from './schemas';

/** What Explore reads: the query answers with their warnings, and the metadata lists. */
export const exploreRangeWire = queryRangeWire;
export const exploreInstantWire = z.extend(instantQueryWire, { warnings: z.optional(z.array(z.string())) });

/** `GET /api/v1/labels`, `/api/v1/label/<name>/values`: a list of strings. */
export const stringListWire = z.object({
  status: z.literal('success'),
  data: z.pipe(
    z.nullable(z.array(z.string())),
    z.transform((names) => names ?? []),
  ),
  warnings: z.optional(z.array(z.string())),
});
