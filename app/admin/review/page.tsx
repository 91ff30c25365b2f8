import type { Metadata } from "next";
import Link from "next/link";
import { RevisionChanges } from "@/components/admin/revision-changes";
import { ReviewDecisionForm } from "@/components/review/review-decision-form";
import styles from "@/components/review/review.module.css";
import { requirePageRole } from "@/lib/auth/require-role";
import { formatUtcMinute } from "@/lib/dates/format-utc-time";
import { canEdit, canReview } from "@/lib/domain/viewer";
import { listReviewQueue, type ReviewItem } from "@/lib/queries/review/list-review-queue";

export const metadata: Metadata = { title: "Review" };

function QueueItem({ item, reviewer }: { item: ReviewItem; reviewer: boolean }) {
  const headingId = `review-${item.key}`;
  return (
    <li className={styles.item}>
      <h3 id={headingId}>
        <Link href={`/admin/events/${item.eventId}/edit`}>{item.title}</Link>{" "}
        <span className="tag">{item.kind === "submission" ? "Submitted for review" : "Change to a published event"}</span>
      </h3>
      <p className={`muted ${styles.meta}`}>
        Waiting since {formatUtcMinute(item.since)}{item.by ? `, by ${item.by}` : ""}
        {item.reason ? <> · “{item.reason}”</> : null}
      </p>
      {item.note && <p className={styles.meta}>{item.note}</p>}
      <RevisionChanges caption={`What ${item.kind === "submission" ? "this submission" : "this change"} changes in “${item.title}”`} changes={item.changes} />
      {reviewer &&
        (item.kind === "submission" ? (
          <ReviewDecisionForm target="event" eventId={item.eventId} version={item.version} decisions={["publish", "send_back"]} title={item.title} />
        ) : (
          <ReviewDecisionForm target="change" changeId={item.changeId!} decisions={["approve", "reject"]} title={item.title} />
        ))}
    </li>
  );
}

export default async function ReviewPage() {
  const viewer = await requirePageRole(canEdit);
  const reviewer = canReview(viewer);
  const queue = await listReviewQueue();
  const submissions = queue.items.filter((item) => item.kind === "submission");
  const changes = queue.items.filter((item) => item.kind === "change");
  return (
    <>
      <h1>Review</h1>
      <p className="muted">
        {reviewer
          ? "What waits for a reviewer, oldest first. Publishing or approving makes it what readers see; sending back or rejecting tells the editor why."
          : "What waits for a reviewer, oldest first. Reviewers and admins publish, send back, approve and reject."}
      </p>
      <section aria-labelledby="review-submissions">
        <h2 id="review-submissions">
          Submitted for review <span className="muted">({queue.submissions.toLocaleString("en-GB")})</span>
        </h2>
        {submissions.length === 0 ? (
          <p className="alert">Nothing is waiting: no event has been submitted for review.</p>
        ) : (
          <ul className={styles.queue}>
            {submissions.map((item) => <QueueItem key={item.key} item={item} reviewer={reviewer} />)}
          </ul>
        )}
        {queue.submissions > submissions.length && <p className="muted">The {submissions.length} oldest of {queue.submissions.toLocaleString("en-GB")} are shown; decide on them to see the rest.</p>}
      </section>
      <section aria-labelledby="review-changes">
        <h2 id="review-changes">
          Changes to published events <span className="muted">({queue.changes.toLocaleString("en-GB")})</span>
        </h2>
        {changes.length === 0 ? (
          <p className="alert">No change is waiting. Changes wait here when an admin turns on “Editors&apos; changes to published events wait for review” in Settings.</p>
        ) : (
          <ul className={styles.queue}>
            {changes.map((item) => <QueueItem key={item.key} item={item} reviewer={reviewer} />)}
          </ul>
        )}
        {queue.changes > changes.length && <p className="muted">The {changes.length} oldest of {queue.changes.toLocaleString("en-GB")} are shown.</p>}
      </section>
    </>
  );
}
