/** The chart palette (tokens.css): a series without its own colour takes the next one. */
const PALETTE = [
  'var(--series-1)',
  'var(--series-2)',
  'var(--series-3)',
  'var(--series-4)',
  'var(--series-5)',
  'var(--series-6)',
];

/** The colour of the `index`-th series: its own, else the palette's, in order, round. */
export function seriesColor(own: string | undefined, index: number): string {
  return own ?? PALETTE[index % PALETTE.length] ?? 'var(--series-1)';
}
