import itemStyles from "./timeline-item.module.css";
import styles from "./timeline-legend.module.css";

const ENTRIES = [
  { label: "Single day", className: `${itemStyles.point}` },
  { label: "Exact dates", className: `${itemStyles.bar}` },
  { label: "Month, quarter, season or year", className: `${itemStyles.bar} ${itemStyles.partial}` },
  { label: "Approximate (c.)", className: `${itemStyles.bar} ${itemStyles.approximate}` },
  { label: "Ongoing, up to today", className: `${itemStyles.bar} ${itemStyles.ongoing}` },
  { label: "Start unknown", className: `${itemStyles.bar} ${itemStyles.unknownStart}` },
];

/** What the shapes on the axis mean. */
export function TimelineLegend() {
  return (
    <figure className={styles.legend}>
      <figcaption className="visually-hidden">Legend</figcaption>
      <ul className={styles.list}>
        {ENTRIES.map((entry) => (
          <li key={entry.label} className={styles.entry}>
            <span className={styles.swatch} aria-hidden="true">
              <span className={`${itemStyles.shape} ${entry.className}`} style={entry.label === "Single day" ? undefined : { width: 32 }} />
            </span>
            {entry.label}
          </li>
        ))}
        <li className={styles.entry}>
          <span className={styles.swatch} aria-hidden="true"><span className={styles.today} /></span>
          Today
        </li>
      </ul>
    </figure>
  );
}
