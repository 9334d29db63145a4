import { MODEL_DOMAINS, PURPOSES, type ModelDomain } from './domains';
import { createRng, shuffled } from './prng';
import { STORY_MODELS } from './story';

const REGIONS = ['us', 'eu', 'uk', 'apac', 'latam', 'ca', 'de', 'jp', 'in', 'au'] as const;
const SEGMENTS = ['smb', 'enterprise', 'mobile', 'web', 'b2b', 'b2c', 'new-users'] as const;

/** '', then '-eu', then '-smb', then '-eu-smb': the ways a team splits one model by market. */
const VARIANTS: readonly string[] = [
  '',
  ...REGIONS.map((r) => `-${r}`),
  ...SEGMENTS.map((s) => `-${s}`),
  ...REGIONS.flatMap((r) => SEGMENTS.map((s) => `-${r}-${s}`)),
];

interface BaseName {
  name: string;
  domain: ModelDomain;
}

const storyNames = new Set(STORY_MODELS.map((s) => s.name));
const allBases: readonly BaseName[] = MODEL_DOMAINS.flatMap((domain) =>
  PURPOSES[domain.task].map((purpose) => ({ name: `${domain.key}-${purpose}`, domain })),
).filter((base) => !storyNames.has(base.name));

// One shuffle per seed, so a 30-model fleet is a varied sample rather than the first domains in the list.
const shuffledBySeed = new Map<number, readonly BaseName[]>();

function basesFor(seed: number): readonly BaseName[] {
  let bases = shuffledBySeed.get(seed);
  if (!bases) {
    bases = shuffled(allBases, createRng(seed, 'names'));
    shuffledBySeed.set(seed, bases);
  }
  return bases;
}

/**
 * The name of the `ordinal`-th generated model. Mixed-radix over (base name,
 * variant, number) so names are unique for any fleet size: the first ~120 are
 * plain (`upsell-scorer`), then market variants (`upsell-scorer-eu-smb`), then
 * numbered ones (`upsell-scorer-eu-2`).
 */
export function generatedModelName(seed: number, ordinal: number): BaseName {
  const bases = basesFor(seed);
  const base = bases[ordinal % bases.length] as BaseName;
  const round = Math.floor(ordinal / bases.length);
  const variant = VARIANTS[round % VARIANTS.length] ?? '';
  const number = Math.floor(round / VARIANTS.length);
  const suffix = number === 0 ? variant : `${variant}-${number + 1}`;
  return { name: `${base.name}${suffix}`, domain: base.domain };
}
