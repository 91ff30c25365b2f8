import type { EventStatus } from "@/lib/domain/event-vocabulary";
import styles from "./event-page.module.css";

/** Only editors ever see drafts or deleted events, so only they ever see these badges. */
export function StatusBadges({ status, deleted }: { status: EventStatus; deleted: boolean }) {
  return (
    <>
      {status === "draft" && <> <span className="tag badge-draft">Draft</span></>}
      {deleted && <> <span className={`tag ${styles.deleted}`}>Deleted</span></>}
    </>
  );
}
