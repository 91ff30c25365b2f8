import { db } from "@/lib/db/client";
import { actionError, type ActionResult } from "../action-result";
import { eventMutationSelect, toEventMutationResult, type EventMutationResult } from "./event-mutation-result";
import { formatUtcMinute } from "@/lib/dates/format-utc-time";


const NOTHING_DONE = {
  save: "Nothing was saved. Reload to see their changes, then make yours again.",
  delete: "Nothing was deleted. Reload to see their changes before you delete it.",
  restore: "Nothing was restored. Reload to see where it stands now.",
  purge: "Nothing was purged. Reload to see where it stands now.",
} as const;

/**
 * The conflict an editor sees when someone wrote the event after they opened it: who, when, which version,
 * and the event as it now stands (`current`), so that a client can show it or retry with its version.
 */
export async function describeConflict(id: number, seenVersion: number, attempt: keyof typeof NOTHING_DONE): Promise<ActionResult<EventMutationResult>> {
  const current = await db.event.findUnique({
    where: { id },
    select: { ...eventMutationSelect, updatedAt: true, updatedBy: { select: { name: true, email: true } } },
  });
  if (!current) return actionError("not_found", `There is no event ${id}.`);
  const who = current.updatedBy?.name || current.updatedBy?.email || "another editor";
  const what = current.deletedAt ? "deleted" : "changed";
  const message =
    `This event was ${what} by ${who} on ${formatUtcMinute(current.updatedAt)}, after you opened it ` +
    `(you had version ${seenVersion}; it is now at version ${current.version}). ${NOTHING_DONE[attempt]}`;
  return { ok: false, code: "conflict", message, current: toEventMutationResult(current) };
}
