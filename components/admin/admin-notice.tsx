import Link from "next/link";
import { RestoreEventButton } from "./restore-event-button";
import styles from "./admin-page.module.css";

export type AdminNoticeKind = "deleted" | "restored";

/** "Deleted · Undo" after a delete, "Restored" after an undo. */
export function AdminNotice({ kind, event }: { kind: AdminNoticeKind; event: { id: number; title: string; version: number } }) {
  return (
    <div role="status" className={`alert ${styles.notice}`}>
      {kind === "deleted" ? (
        <>
          <span>Deleted “{event.title}”.</span>
          <RestoreEventButton eventId={event.id} version={event.version} label="Undo" title={event.title} redirectTo={`/admin?restored=${event.id}`} />
        </>
      ) : (
        <span>
          Restored “{event.title}”. <Link href={`/admin/events/${event.id}/edit`}>Edit it</Link>
        </span>
      )}
    </div>
  );
}
