import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { actionError, type ActionResult } from "../action-result";
import { checkEditor } from "../events/check-editor";
import { eventExists } from "./event-exists";
import { listOtherEditors, type OtherEditor } from "./list-other-editors";
import { parsePresenceInput, PRESENCE_PRUNE_MS, PRESENCE_TTL_MS } from "./presence-input";

export interface EditingPresenceResult {
  others: OtherEditor[];
}

/**
 * "This tab has the event's edit form open": keeps the tab's row fresh and answers with the other people editing
 * the event now. Presence only informs; nothing is locked, and saving still goes through the version check.
 */
export async function heartbeatEditingPresence(eventId: unknown, sessionKey: unknown, viewer: Viewer): Promise<ActionResult<EditingPresenceResult>> {
  const denied = checkEditor(viewer, "edit events");
  if (denied) return denied;
  const parsed = parsePresenceInput(eventId, sessionKey);
  if (!parsed.ok) return parsed;
  const { eventId: id } = parsed.data;
  const key = { eventId: id, userId: viewer.userId!, sessionKey: parsed.data.sessionKey };
  const now = new Date();
  const freshSince = new Date(now.getTime() - PRESENCE_TTL_MS);
  // The usual heartbeat: a fresh row of this tab is touched, and its foreign key already says the event exists.
  const kept = await db.editingPresence.updateMany({ where: { ...key, seenAt: { gte: freshSince } }, data: { seenAt: now } });
  if (!kept.count) {
    // A new tab, or one back from a silence (hidden, asleep): "since" starts again now, as others stopped seeing it.
    if (!(await eventExists(id))) return actionError("not_found", `There is no event ${id}.`);
    try {
      await db.editingPresence.upsert({ where: { eventId_userId_sessionKey: key }, create: { ...key, startedAt: now, seenAt: now }, update: { startedAt: now, seenAt: now } });
    } catch (error) {
      // The event was purged since the check above: its foreign key refuses the row.
      if (!(await eventExists(id))) return actionError("not_found", `There is no event ${id}.`);
      throw error;
    }
    // Rows pile up only as tabs come and go, so a tab that (re)starts clears the event's long-gone ones: no job sweeps them.
    await db.editingPresence.deleteMany({ where: { eventId: id, seenAt: { lt: new Date(now.getTime() - PRESENCE_PRUNE_MS) } } });
  }

  return { ok: true, data: { others: await listOtherEditors(id, key.userId, freshSince) } };
}
