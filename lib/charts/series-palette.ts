/**
 * Colours for up to eight named series plus "Other" and "none". Each has at least 4.5:1 contrast on
 * white (WCAG asks 3:1 for graphics) and differs from every other by more than 25 ΔE, so neighbours
 * in a stack stay apart; the chart also separates segments with a white edge.
 */
export const SERIES_COLOURS = ["#1f5fbf", "#c2410c", "#0f766e", "#a21caf", "#4d7c0f", "#6d28d9", "#854d0e", "#be123c"] as const;
export const OTHER_COLOUR = "#5b6472";
export const NONE_COLOUR = "#111827";

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}
