import Link from "next/link";
import type { EventDetail } from "@/lib/queries/get-event-by-slug";
import { IMPORTANCE_MAX } from "@/lib/domain/event-vocabulary";
import { entityHref } from "@/lib/queries/entities/entity";
import styles from "./event-page.module.css";

function TagLinks({ items }: { items: { key: string; label: string; href: string }[] }) {
  if (items.length === 0) return <span className="muted">None recorded</span>;
  return (
    <ul className={styles.tags}>
      {items.map((item) => (
        <li key={item.key}><Link className="tag" href={item.href}>{item.label}</Link></li>
      ))}
    </ul>
  );
}

/** How important, and who and what it concerns; each tag opens the page of that topic, actor or country. */
export function EventFacts({ event }: { event: EventDetail }) {
  return (
    <dl className={styles.facts}>
      <dt>Importance</dt>
      <dd>
        {event.importance} of {IMPORTANCE_MAX}
        <span aria-hidden="true" className={styles.dots}> {"●".repeat(event.importance)}{"○".repeat(IMPORTANCE_MAX - event.importance)}</span>
      </dd>
      <dt>Topics</dt>
      <dd><TagLinks items={event.topics.map((t) => ({ key: t.slug, label: t.name, href: entityHref("topic", t.slug) }))} /></dd>
      <dt>Actors</dt>
      <dd><TagLinks items={event.actors.map((a) => ({ key: a.slug, label: a.name, href: entityHref("actor", a.slug) }))} /></dd>
      <dt>Countries</dt>
      <dd><TagLinks items={event.countries.map((c) => ({ key: c.code, label: c.name, href: entityHref("country", c.code) }))} /></dd>
    </dl>
  );
}
