import Link from "next/link";
import type { EventLink } from "@/lib/queries/get-event-by-slug";
import { StatusBadges } from "./status-badges";
import styles from "./event-page.module.css";

export function EventLinkItem({ event }: { event: EventLink }) {
  return (
    <li className={styles.linkItem}>
      <Link href={`/events/${event.slug}`}>{event.title}</Link>
      <span className="muted"> · {event.dateLabel}</span>
      <StatusBadges status={event.status} deleted={event.deleted} />
    </li>
  );
}
