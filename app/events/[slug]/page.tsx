import type { Metadata } from "next";
import { ReaderTime } from "@/components/events/reader-time";
import { hasTimeOfDay, timedInstants } from "@/lib/dates/event-date";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getViewer } from "@/lib/auth/get-viewer";
import { canEdit } from "@/lib/domain/viewer";
import { describeDatePrecision } from "@/lib/dates/describe-date-precision";
import { EventBody } from "@/components/event-page/event-body";
import { EventConnections } from "@/components/event-page/event-connections";
import { EventFacts } from "@/components/event-page/event-facts";
import { EventHistory } from "@/components/event-page/event-history";
import { EventSources } from "@/components/event-page/event-sources";
import { StatusBadges } from "@/components/event-page/status-badges";
import styles from "@/components/event-page/event-page.module.css";
import { listEventRevisions } from "@/lib/queries/list-event-revisions";
import { loadEvent } from "./load-event";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  if (!event) return { title: "Event not found" };
  return { title: event.title, description: event.summary || undefined };
}

const UPDATED_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export default async function EventPage({ params }: Props) {
  const [event, viewer] = await Promise.all([loadEvent((await params).slug), getViewer()]);
  if (!event) notFound();
  const revisions = canEdit(viewer) ? await listEventRevisions(event.id) : null;

  return (
    <article aria-labelledby="event-title">
      <nav aria-label="Breadcrumbs" className={styles.breadcrumbs}>
        <ol>
          <li><Link href="/events">Events</Link></li>
          {event.parent && <li><Link href={`/events/${event.parent.slug}`}>{event.parent.title}</Link></li>}
          <li aria-current="page">{event.title}</li>
        </ol>
      </nav>
      <header className={styles.header}>
        <div>
          <h1 id="event-title">{event.title}</h1>
          <p className={styles.when}>
            <strong>{event.dateLabel}</strong> <span className="muted">· {describeDatePrecision(event.date)}</span>
            {hasTimeOfDay(event.date) && event.date.timeZone && <ReaderTime instants={timedInstants(event.date)} eventZone={event.date.timeZone} />}
          </p>
          {(event.status !== "published" || event.deleted) && (
            <p className={styles.badges}><StatusBadges status={event.status} deleted={event.deleted} /></p>
          )}
        </div>
        {canEdit(viewer) && (
          <Link href={`/admin/events/${event.id}/edit`} className="button button-primary">Edit event</Link>
        )}
      </header>

      <div className={styles.layout}>
        <div>
          {event.summary && <p className={styles.summary}>{event.summary}</p>}
          <EventBody markdown={event.body} />
          <EventSources sources={event.sources} />
        </div>
        <aside aria-label="About this event">
          <section aria-labelledby="facts-heading" className={styles.panel}>
            <h2 id="facts-heading">Facts</h2>
            <EventFacts event={event} />
          </section>
          <EventConnections event={event} />
          {revisions && <EventHistory eventId={event.id} revisions={revisions} />}
        </aside>
      </div>

      <footer className={`muted ${styles.footer}`}>
        Last updated <time dateTime={event.updatedAt}>{UPDATED_FORMAT.format(new Date(event.updatedAt))}</time>
      </footer>
    </article>
  );
}
