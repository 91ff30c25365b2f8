import type { EventDetail } from "@/lib/queries/get-event-by-slug";
import { EventLinkItem } from "./event-link-item";
import styles from "./event-page.module.css";

/** Parent, parts and related events, each relation read from this event's side. */
export function EventConnections({ event }: { event: Pick<EventDetail, "parent" | "children" | "related"> }) {
  const { parent, children, related } = event;
  return (
    <section aria-labelledby="connections-heading" className={styles.panel}>
      <h2 id="connections-heading">Connected events</h2>
      {!parent && children.length === 0 && related.length === 0 && <p className="muted">No connected events recorded.</p>}
      {parent && (
        <>
          <h3>Part of</h3>
          <ul className={styles.linkList}><EventLinkItem event={parent} /></ul>
        </>
      )}
      {children.length > 0 && (
        <>
          <h3>Parts of this event <span className="muted">({children.length})</span></h3>
          <ul className={styles.linkList}>
            {children.map((child) => <EventLinkItem key={child.id} event={child} />)}
          </ul>
        </>
      )}
      {related.map((group) => (
        <div key={`${group.type}:${group.direction}`} data-relation={group.label}>
          <h3>{group.label}</h3>
          <ul className={styles.linkList}>
            {group.events.map((other) => <EventLinkItem key={other.id} event={other} />)}
          </ul>
        </div>
      ))}
    </section>
  );
}
