import { z } from "zod";
import { CHANGE_DECISIONS, REVIEW_DECISIONS } from "@/lib/domain/review";

export const REVIEW_COMMENT_MAX = 1000;

const comment = z
  .string({ error: "The comment is text." })
  .trim()
  .max(REVIEW_COMMENT_MAX, `Keep the comment under ${REVIEW_COMMENT_MAX} characters.`)
  .default("");

/** A reviewer's decision on an event: sending back says why, so the editor knows what to change. */
export const reviewDecisionSchema = z
  .object({
    decision: z.enum(REVIEW_DECISIONS, { error: `The decision is one of ${REVIEW_DECISIONS.join(", ")}.` }),
    version: z.number({ error: "Give the version of the event you reviewed." }).int().positive("Give the version of the event you reviewed."),
    comment,
  })
  .superRefine((input, ctx) => {
    if (input.decision === "send_back" && input.comment === "") ctx.addIssue({ code: "custom", path: ["comment"], message: "Say what the editor should change before sending it back." });
  });
export type ReviewDecisionInput = z.output<typeof reviewDecisionSchema>;

/** A reviewer's decision on a pending change to a published event: a rejection says why. */
export const changeDecisionSchema = z
  .object({
    decision: z.enum(CHANGE_DECISIONS, { error: `The decision is one of ${CHANGE_DECISIONS.join(", ")}.` }),
    comment,
  })
  .superRefine((input, ctx) => {
    if (input.decision === "reject" && input.comment === "") ctx.addIssue({ code: "custom", path: ["comment"], message: "Say why the change is rejected, so its author knows." });
  });
export type ChangeDecisionInput = z.output<typeof changeDecisionSchema>;
