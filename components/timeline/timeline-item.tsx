import { IntentLink } from "@/components/links/intent-link";
import type { PlacedItem } from "./lay-out-lanes";
import styles from "./timeline-item.module.css";

interface TimelineItemLinkProps {
  placed: PlacedItem;
  width: number;
  rowHeight: number;
  /** Pixels above the first row, e.g. for the density bars. */
  offset?: number;
}

const percent = (px: number, width: number) => `${(px / width) * 100}%`;

function shapeClasses({ placement }: PlacedItem): string {
  const p = placement;
  return [
    styles.shape,
    p.shape === "point" ? styles.point : styles.bar,
    p.partial && styles.partial,
    p.approximate && styles.approximate,
    p.ongoing && styles.ongoing,
    p.unknownStart && styles.unknownStart,
    p.cutLeft && styles.cutLeft,
    p.cutRight && styles.cutRight,
  ].filter(Boolean).join(" ");
}

/** One event on the axis: a link whose name is its title and date, whatever its shape. */
export function TimelineItemLink({ placed, width, rowHeight, offset = 0 }: TimelineItemLinkProps) {
  const { item, placement, row, flip } = placed;
  const isPoint = placement.shape === "point";
  const left = isPoint ? placement.left : Math.max(placement.left, 0);
  const style = {
    left: percent(left, width),
    top: offset + row * rowHeight,
    width: isPoint ? undefined : percent(placement.right - left, width),
  };
  return (
    <IntentLink
      href={`/events/${item.slug}`}
      className={`${styles.item} ${isPoint ? styles.pointItem : ""} ${item.importance >= 4 ? styles.important : ""}`}
      style={style}
      draggable={false}
      aria-label={`${item.title}, ${item.dateLabel}`}
    >
      <span className={shapeClasses(placed)} aria-hidden="true" />
      <span className={`${styles.label} ${flip ? styles.labelEnd : ""}`}>
        {item.title}
      </span>
      <span className={`${styles.card} ${left > width * 0.55 ? styles.cardEnd : ""}`} aria-hidden="true">
        <strong>{item.title}</strong>
        <span>{item.dateLabel}{placement.approximate ? " (approximate)" : placement.partial ? " (not known to the day)" : ""}</span>
        {item.topics.length > 0 && <span className={styles.cardTopics}>{item.topics.map((t) => t.name).join(" · ")}</span>}
      </span>
    </IntentLink>
  );
}
