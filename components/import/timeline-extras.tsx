import { EventBody } from "@/components/event-page/event-body";
import styles from "./import.module.css";

export interface TitleSlide {
  headline: string;
  text: string;
}

export interface EraSummary {
  line: number;
  headline: string;
  label: string;
}

/** A TimelineJS title slide and eras: kept with the import as they are, never as events. */
export function TimelineExtras({ title, eras }: { title: TitleSlide | null; eras: EraSummary[] }) {
  if (!title && eras.length === 0) return null;
  return (
    <section aria-labelledby="timeline-extras" className={styles.panel}>
      <h2 id="timeline-extras">Title slide and eras</h2>
      <p className="muted">TimelineJS shows these around its events; Chronicle keeps them with the import as they are, not as events.</p>
      {title && (
        <>
          <h3>Title slide</h3>
          <p>
            <strong>{title.headline || "(no headline)"}</strong>
          </p>
          <EventBody markdown={title.text} />
        </>
      )}
      {eras.length > 0 && (
        <>
          <h3>Eras</h3>
          <ul className={styles.list}>
            {eras.map((era) => (
              <li key={era.line}>
                {era.headline || "(no headline)"} <span className="muted">{era.label}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
