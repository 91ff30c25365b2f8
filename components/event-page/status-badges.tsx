import type { EventStatus } from "@/lib/domain/event-vocabulary";
import { StatusBadge } from "../events/status-badge";
import styles from "./event-page.module.css";

/** Only editors ever see unpublished or deleted events, so only they ever see these badges. */
export function StatusBadges({ status, deleted }: { status: EventStatus; deleted: boolean }) {
  return (
    <>
      {status !== "published" && <> <StatusBadge status={status} /></>}
      {deleted && <> <span className={`tag ${styles.deleted}`}>Deleted</span></>}
    </>
  );
}
