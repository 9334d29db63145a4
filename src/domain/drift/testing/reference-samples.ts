/**
 * Test fixtures shared by the sample-based tests; the same literals and generators were fed to
 * SciPy/NumPy to compute the expected values quoted in each test file.
 */
export const SAMPLE_A: readonly number[] = [
  0.61, 0.29, 0.06, 0.59, -1.73, -0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06, 0.64, -0.82, 0.37, 1.77, 1.09,
  -1.28, 2.36, 1.31,
];

export const SAMPLE_B: readonly number[] = [
  1.2, 0.8, 1.9, 0.3, 2.4, 1.1, -0.2, 1.5, 0.9, 2.8, 1.3, 0.05, 1.7, 0.64, 2.1, 1.0, 0.4, 1.8, 2.2, 0.7, 1.4,
  3.1, 0.6, 1.6, 0.37,
];

/** Python: [((i * multiplier) % modulus) / 10 + shift for i in range(n)], exact in both languages. */
export function generatedSample(n: number, multiplier: number, modulus: number, shift: number): number[] {
  return Array.from({ length: n }, (_, i) => ((i * multiplier) % modulus) / 10 + shift);
}

/** Python: [i % modulus for i in range(n)], a sample with many ties. */
export function tiedSample(n: number, modulus: number): number[] {
  return Array.from({ length: n }, (_, i) => i % modulus);
}
