/**
 * Test fixtures: Wasserstein-1 between histograms, computed in SciPy as ∫|F − G| of two
 * scipy.stats.rv_histogram CDFs (uniform mass within each bin) by quadrature, and `norm` as that
 * distance divided by the reference rv_histogram's std:
 * python3 -c "R=st.rv_histogram((REF,E),density=False); C=st.rv_histogram((CUR,E),density=False);
 *   w=si.quad(lambda x: abs(R.cdf(x)-C.cdf(x)), E[0], E[-1], points=E[1:-1], limit=500)[0]; print(w, w/R.std())"
 */
export const WASSERSTEIN_HISTOGRAM_CASES: readonly {
  edges: readonly number[];
  ref: readonly number[];
  cur: readonly number[];
  distance: number;
  norm: number;
}[] = [
  {
    edges: [0, 1, 2, 3, 4, 5],
    ref: [10, 25, 40, 20, 5],
    cur: [5, 15, 35, 30, 15],
    distance: 0.4999999999999998,
    norm: 0.47440095285108397,
  },
  {
    edges: [-3, -1, 0, 0.5, 2, 10],
    ref: [120, 300, 260, 280, 40],
    cur: [100, 240, 250, 330, 80],
    distance: 0.37000000000000055,
    norm: 0.2245612429594011,
  },
  // F − G changes sign inside bins: exercises the two-triangle case.
  { edges: [0, 1, 2, 3], ref: [10, 0, 10], cur: [0, 20, 0], distance: 0.75, norm: 0.7205766921228921 },
];
