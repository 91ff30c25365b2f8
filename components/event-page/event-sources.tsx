import type { EventSourceDetail } from "@/lib/queries/get-event-by-slug";
import { ExternalLink } from "./external-link";
import styles from "./event-page.module.css";

export function EventSources({ sources }: { sources: EventSourceDetail[] }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources <span className="muted">({sources.length})</span></h2>
      {sources.length === 0 ? (
        <p className="muted">No sources recorded yet.</p>
      ) : (
        <ol className={styles.sources}>
          {sources.map((source) => (
            <li key={source.id}>
              <p className={styles.sourceTitle}>
                {source.url ? <ExternalLink href={source.url}>{source.title || source.url}</ExternalLink> : source.title || <span className="muted">Untitled</span>}
              </p>
              <p className={styles.sourceMeta}>
                <span>{source.publisher}</span>
                {source.publishedLabel && <span>{source.publishedLabel}</span>}
                {source.author && <span>by {source.author}</span>}
                {!source.url && <span className="muted">no link</span>}
              </p>
              {source.quote && <blockquote className={styles.quote}>{source.quote}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
