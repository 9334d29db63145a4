// The benchmarks measured on the bench build's pages (`bench.html?bench=…`), one module per area.
// Each module exports `bench({ browser, benchUrl })`, which returns its figures plus `rows`
// ([label, value, note]) for the table `npm run bench` prints. Add an area with one line here.
export const PAGE_BENCHES = [
  ['drift and charts', () => import('./drift-bench.mjs')],
  ['explore', () => import('./explore-bench.mjs')],
];
