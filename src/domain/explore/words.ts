/** 11000 → "11,000": counts in messages, the same in every locale a test runs in. */
export function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
