import styles from "./charts.module.css";

interface AxisLinkTickProps {
  x: number | string;
  y: number | string;
  label: string;
  /** The full text when `label` is shortened; shown on hover. */
  fullLabel?: string;
  href: string | null;
  /** Said after the visible label (which must start the accessible name), e.g. ": 5 events". */
  countText?: string;
  /** "middle" under a vertical bar; "end" left of a horizontal one. */
  anchor: "middle" | "end";
}

/** An axis label that opens the events its bar counted; keyboard users reach the drill-down here. */
export function AxisLinkTick({ x, y, label, fullLabel, href, countText, anchor }: AxisLinkTickProps) {
  const text = (
    <text
      x={Number(x)}
      y={Number(y)}
      dy={anchor === "middle" ? 14 : 4}
      dx={anchor === "end" ? -6 : 0}
      textAnchor={anchor}
      className={href ? styles.tickLinkText : styles.tickText}
    >
      {fullLabel && fullLabel !== label && <title>{fullLabel}</title>}
      {label}
    </text>
  );
  if (!href) return text;
  return (
    <a href={href} aria-label={countText && fullLabel === undefined ? `${label}${countText}` : undefined} className={styles.tickLink}>
      {text}
    </a>
  );
}
