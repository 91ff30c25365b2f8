"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import { decideEventAction, decidePendingChangeAction } from "@/lib/actions/review/review-actions";
import type { ChangeDecision, ReviewDecision } from "@/lib/domain/review";
import { REVIEW_COMMENT_MAX } from "@/lib/schemas/review-input";
import styles from "./review.module.css";

type Decision = ReviewDecision | ChangeDecision;

const BUTTON_TEXT: Record<Decision, string> = {
  publish: "Publish",
  send_back: "Send back",
  unpublish: "Unpublish",
  approve: "Approve change",
  reject: "Reject change",
};
/** Decisions that need a comment for the editor: the button says so, and the server refuses one without. */
const NEEDS_COMMENT = new Set<Decision>(["send_back", "reject"]);

type ReviewDecisionFormProps =
  | { target: "event"; eventId: number; version: number; decisions: ReviewDecision[]; title: string }
  | { target: "change"; changeId: number; decisions: ChangeDecision[]; title: string };

/** A reviewer's decision, with the comment the editor will read; every button names the event for screen readers. */
export function ReviewDecisionForm(props: ReviewDecisionFormProps) {
  const router = useRouter();
  const id = useId();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const decide = (decision: Decision) =>
    startTransition(async () => {
      setError(null);
      const result: ActionResult<unknown> =
        props.target === "event"
          ? await decideEventAction(props.eventId, { decision, version: props.version, comment })
          : await decidePendingChangeAction(props.changeId, { decision, comment });
      if (!result.ok) {
        setError([result.message, ...Object.values(result.fieldErrors ?? {}).flat()].filter((text, index, all) => all.indexOf(text) === index).join(" "));
        return;
      }
      setComment("");
      router.refresh();
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value) decide(submitter.value as Decision);
  };

  return (
    <form className={styles.decision} onSubmit={onSubmit} aria-busy={pending}>
      <div className={styles.comment}>
        <label htmlFor={`${id}-comment`}>Comment for the editor <span className="muted">(needed to send back or reject)</span></label>
        <textarea id={`${id}-comment`} rows={2} maxLength={REVIEW_COMMENT_MAX} value={comment} onChange={(event) => setComment(event.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
      </div>
      <div className={styles.buttons}>
        {(props.decisions as Decision[]).map((decision) => (
          <button key={decision} type="submit" name="decision" value={decision} disabled={pending} className={decision === "publish" || decision === "approve" ? "button-primary" : undefined}>
            {BUTTON_TEXT[decision]}
            <span className="visually-hidden"> “{props.title}”{NEEDS_COMMENT.has(decision) ? " (with the comment above)" : ""}</span>
          </button>
        ))}
      </div>
      {error && <p id={`${id}-error`} role="alert" className="field-error">{error}</p>}
    </form>
  );
}
