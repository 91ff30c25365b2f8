import Link from "next/link";
import { formatUtcMinute } from "@/lib/dates/format-utc-time";
import { EVENT_STATUS_LABELS, type EventStatus } from "@/lib/domain/event-vocabulary";
import { REVIEW_DECISION_FROM, REVIEW_DECISIONS, type ReviewDecision } from "@/lib/domain/review";
import type { ReviewNotes } from "@/lib/queries/review/read-review-notes";
import { ReviewDecisionForm } from "./review-decision-form";
import { WithdrawChangeButton } from "./withdraw-change-button";

/** The decisions a reviewer can take on an event in this status: lib/domain/review.ts's rule, read the other way. */
const decisionsFrom = (status: EventStatus): ReviewDecision[] => REVIEW_DECISIONS.filter((decision) => REVIEW_DECISION_FROM[decision].includes(status));

interface ReviewPanelProps {
  event: { id: number; title: string; version: number; status: EventStatus };
  notes: ReviewNotes;
  reviewer: boolean;
  /** An editor's saves of this (published) event wait for review. */
  held: boolean;
}

/** Where the event stands in review, what the editor was told, and (for reviewers) the decision to take. */
export function ReviewPanel({ event, notes, reviewer, held }: ReviewPanelProps) {
  return (
    <section aria-labelledby="review-panel-heading" className="alert">
      <h2 id="review-panel-heading" className="visually-hidden">Review</h2>
      <p>
        Status: <strong>{EVENT_STATUS_LABELS[event.status]}</strong>
        {event.status === "in_review" && <> · waiting for a reviewer in the <Link href="/admin/review">review queue</Link></>}
        {event.status === "published" && held && !reviewer && <> · your saves wait for a reviewer; readers keep the published version until one approves</>}
      </p>
      {notes.sentBack && (
        <p role="note">
          Sent back by {notes.sentBack.by ?? "a reviewer"} on {formatUtcMinute(notes.sentBack.at)}
          {notes.sentBack.comment ? <>: “{notes.sentBack.comment}”</> : "."}
        </p>
      )}
      {notes.myRejected && (
        <p role="note">
          Your last change was rejected by {notes.myRejected.by ?? "a reviewer"} on {formatUtcMinute(notes.myRejected.at)}
          {notes.myRejected.comment ? <>: “{notes.myRejected.comment}”</> : "."}
        </p>
      )}
      {notes.myPending && (
        <p>
          Your change has waited for review since {formatUtcMinute(notes.myPending.since)}; the form shows it, and saving again replaces it.{" "}
          <WithdrawChangeButton changeId={notes.myPending.id} />
        </p>
      )}
      {notes.othersPending.length > 0 && (
        <p>
          {notes.othersPending.map((change) => change.by ?? "An editor").join(", ")} {notes.othersPending.length === 1 ? "has a change" : "have changes"} waiting for review in the{" "}
          <Link href="/admin/review">review queue</Link>.
        </p>
      )}
      {reviewer && <ReviewDecisionForm target="event" eventId={event.id} version={event.version} decisions={decisionsFrom(event.status)} title={event.title} />}
    </section>
  );
}
