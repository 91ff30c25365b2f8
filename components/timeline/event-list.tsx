"use client";

import Link from "next/link";
import { StatusBadge } from "@/components/events/status-badge";
import { IntentLink } from "@/components/links/intent-link";
import { useState } from "react";
import type { TimelineItem } from "@/lib/queries/get-timeline-window";
import styles from "./event-list.module.css";

const PAGE = 50;

interface EventListProps {
  items: TimelineItem[];
  /** Shown below the list when the loaded events are a selection: where to find the rest. */
  moreHref?: string;
  truncatedNote?: string;
}

/** The events in view, in date order: plain links, so it works by keyboard and on a phone. */
export function EventList({ items, moreHref, truncatedNote }: EventListProps) {
  const [shown, setShown] = useState(PAGE);
  if (items.length === 0) return <p className="muted">No events in this period.</p>;
  const visible = items.slice(0, shown);
  const left = items.length - visible.length;
  return (
    <>
      <ol className={styles.list}>
        {visible.map((item) => (
          <li key={item.id} className={styles.entry}>
            <IntentLink href={`/events/${item.slug}`} className={styles.link}>
              <span className={styles.date}>{item.dateLabel}</span>
              <span className={styles.title}>{item.title}</span>
            </IntentLink>
            {(item.status !== "published" || item.topics.length > 0) && (
              <ul className={styles.topics} aria-label="Topics">
                <StatusBadge status={item.status} as="li" />
                {item.topics.map((topic) => (
                  <li key={topic.slug} className="tag">{topic.name}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {left > 0 && (
        <button type="button" className={styles.more} onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(left, PAGE)} more <span className="muted">({left} not shown)</span>
        </button>
      )}
      {truncatedNote && (
        <p className={styles.note}>
          {truncatedNote} {moreHref && <Link href={moreHref}>See them all in the events table</Link>}
        </p>
      )}
    </>
  );
}
