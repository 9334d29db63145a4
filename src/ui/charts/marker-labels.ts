import type { TimeWindow } from '../../domain/time-range';
import type { ChartMarker } from './chart-types';

export interface PlacedMarker {
  marker: ChartMarker;
  /** The label's row from the top of the plot; null when no row had room (the line is drawn unlabelled). */
  lane: number | null;
  text: string;
  /** `start`: the label reads rightwards from the line; `end`: leftwards, when it would leave the plot. */
  anchor: 'start' | 'end';
  /**
   * Pixels the label moves left of where its anchor puts it: non-zero only for a label too long
   * for either side of its line, which then ends at the plot's right edge, across its line.
   */
  dx: number;
}

export interface MarkerLabelOptions {
  /** Average glyph width at the labels' 10 px font. */
  charPx?: number;
  lanes?: number;
  gapPx?: number;
  maxChars?: number;
}

/**
 * Where each marker's label goes so that none overlaps another: markers left to right, each label
 * in the first row whose last label ended before it starts (greedy interval packing). A label that
 * would run past the right edge reads leftwards from its line instead; one that fits on neither
 * side (a narrow phone chart) is moved left until it ends at the right edge, so it is never cut.
 * Only a label longer than the whole plot is shortened. When every row is taken the line is drawn
 * without a label rather than over another one.
 */
export function placeMarkerLabels(
  markers: readonly ChartMarker[],
  window: TimeWindow,
  plotWidthPx: number,
  { charPx = 6, lanes = 3, gapPx = 6, maxChars = 48 }: MarkerLabelOptions = {},
): PlacedMarker[] {
  const span = window.to - window.from;
  const laneEnds: number[] = Array.from({ length: lanes }, () => -Infinity);
  return markers
    .filter((m) => m.t >= window.from && m.t <= window.to)
    .sort((a, b) => a.t - b.t)
    .map((marker) => {
      const fitting = Math.max(1, Math.floor((plotWidthPx - gapPx) / charPx));
      const text = shorten(marker.label, Math.min(maxChars, fitting));
      const x = span > 0 ? ((marker.t - window.from) / span) * plotWidthPx : 0;
      const width = gapPx + text.length * charPx;
      const fitsRight = x + width <= plotWidthPx;
      const anchor = !fitsRight && x - width >= 0 ? 'end' : 'start';
      const dx = anchor === 'start' && !fitsRight ? Math.max(0, x + width - plotWidthPx) : 0;
      const [from, to] = anchor === 'start' ? [x - dx, x - dx + width] : [x - width, x];
      const lane = laneEnds.findIndex((end) => end + gapPx <= from);
      if (lane === -1) return { marker, lane: null, text, anchor, dx };
      laneEnds[lane] = to;
      return { marker, lane, text, anchor, dx };
    });
}

function shorten(label: string, maxChars: number): string {
  return label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label;
}
