import { db } from "@/lib/db/client";
import { actionError, type ActionResult } from "../action-result";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The conflict an editor sees when someone saved the event after they opened it: who, when, which version. */
export async function describeConflict(id: number, editedVersion: number): Promise<ActionResult<never>> {
  const current = await db.event.findUnique({
    where: { id },
    select: { version: true, updatedAt: true, deletedAt: true, updatedBy: { select: { name: true, email: true } } },
  });
  if (!current) return actionError("not_found", `There is no event ${id}.`);
  const who = current.updatedBy?.name || current.updatedBy?.email || "another editor";
  const what = current.deletedAt ? "deleted" : "changed";
  return actionError(
    "conflict",
    `This event was ${what} by ${who} on ${WHEN.format(current.updatedAt)} UTC, after you opened it ` +
      `(you edited version ${editedVersion}; it is now at version ${current.version}). ` +
      "Nothing was saved. Reload to see their changes, then make yours again.",
  );
}
