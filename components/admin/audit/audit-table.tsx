import type { ReactNode } from "react";
import Link from "next/link";
import { describeAuditDetail } from "@/lib/audit/describe-audit-detail";
import { formatAuditTime, formatRelativeTime } from "@/lib/audit/format-audit-time";
import { AUDIT_ACTION_LABELS, isAuditAction } from "@/lib/domain/audit";
import type { AuditEntryView, AuditEvent } from "@/lib/queries/audit/list-audit-page";
import styles from "../admin-table.module.css";

const Muted = ({ children }: { children: ReactNode }) => <span className="muted">{children}</span>;

function Who({ entry }: { entry: AuditEntryView }) {
  if (entry.actor) {
    return (
      <>
        {entry.actor.name} <Muted>{entry.actor.email}</Muted>
      </>
    );
  }
  // A failed sign-in matches no account, or an account since removed: the email as typed is all there is.
  if (entry.actorEmail) {
    return (
      <>
        {entry.actorEmail} <Muted>{entry.action.startsWith("sign_in.") ? "(as typed)" : "(no account)"}</Muted>
      </>
    );
  }
  return <Muted>—</Muted>;
}

function EventCell({ event }: { event: AuditEvent | null }) {
  if (!event) return <Muted>—</Muted>;
  if (event.state === "purged") {
    return (
      <>
        {event.title ? `“${event.title}” ` : `#${event.id} `}
        <Muted>(purged)</Muted>
      </>
    );
  }
  return (
    <>
      <Link href={`/admin/events/${event.id}/history`}>{event.title}</Link>
      {event.state === "deleted" && <Muted> (in the trash)</Muted>}
    </>
  );
}

function Subject({ entry }: { entry: AuditEntryView }) {
  if (entry.subject) {
    return (
      <>
        {entry.subject.name} <Muted>{entry.subject.email}</Muted>
      </>
    );
  }
  return entry.subjectId ? <Muted>{entry.subjectId} (no longer exists)</Muted> : <Muted>—</Muted>;
}

/** The log, newest first: when (UTC and how long ago), who, what, on which event or account, from where, and how. */
export function AuditTable({ entries, now }: { entries: AuditEntryView[]; now: Date }) {
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className="visually-hidden">Audit log entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Event</th>
            <th scope="col">Account</th>
            <th scope="col">Address</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">
                <time dateTime={entry.createdAt.toISOString()}>{formatAuditTime(entry.createdAt)}</time>
                <br />
                <Muted>{formatRelativeTime(entry.createdAt, now)}</Muted>
              </th>
              <td><Who entry={entry} /></td>
              <td>{isAuditAction(entry.action) ? AUDIT_ACTION_LABELS[entry.action] : entry.action}</td>
              <td><EventCell event={entry.event} /></td>
              <td><Subject entry={entry} /></td>
              <td>{entry.address ?? <Muted>—</Muted>}</td>
              <td>{describeAuditDetail(entry.action, entry.detail) || <Muted>—</Muted>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
