import { config, z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * The zod every source uses: `zod/mini`, the same library with a functional API
 * (`z.optional(x)`, `x.check(z.minLength(1))`, `z._default(x, v)`) that the bundler can
 * tree-shake. Classic zod (`import { z } from 'zod'`) cannot be: its string and number types
 * carry every format and check as methods, and since a module is never split between chunks,
 * one classic schema anywhere in the app (even in an adapter that loads lazily) puts nearly all
 * of zod's core into the chunk the landing route shares with it. Import `z` from here, never
 * from 'zod': the landing route's zod is then only what its schemas use.
 *
 * Mini ships no messages of its own; with zod's English ones configured here (the ones classic
 * zod configures when it loads) an error reads as it always did:
 * `"options.timeoutMs" invalid input: expected number, received string`.
 */
config(en());

export { z };
