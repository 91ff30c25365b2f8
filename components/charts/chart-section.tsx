import type { ReactNode } from "react";
import styles from "./charts.module.css";

interface ChartSectionProps {
  id: string;
  title: string;
  /** One sentence under the heading: what is counted and how. */
  description?: ReactNode;
  children: ReactNode;
}

/** A chart's landmark: heading, description, the chart, its notes and its table. */
export function ChartSection({ id, title, description, children }: ChartSectionProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.section} id={id}>
      <h2 id={`${id}-heading`} className={styles.heading}>{title}</h2>
      {description && <p className={styles.description}>{description}</p>}
      {children}
    </section>
  );
}
