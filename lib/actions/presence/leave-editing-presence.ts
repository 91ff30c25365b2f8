import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { actionError, type ActionResult } from "../action-result";
import { checkEditor } from "../events/check-editor";
import { eventExists } from "./event-exists";
import { parsePresenceInput } from "./presence-input";

/** The tab closed or left the form: others stop seeing it at their next heartbeat rather than after the TTL. */
export async function leaveEditingPresence(eventId: unknown, sessionKey: unknown, viewer: Viewer): Promise<ActionResult<{ left: boolean }>> {
  const denied = checkEditor(viewer, "edit events");
  if (denied) return denied;
  const parsed = parsePresenceInput(eventId, sessionKey);
  if (!parsed.ok) return parsed;
  const { eventId: id, sessionKey: key } = parsed.data;
  const { count } = await db.editingPresence.deleteMany({ where: { eventId: id, userId: viewer.userId!, sessionKey: key } });
  if (!count && !(await eventExists(id))) return actionError("not_found", `There is no event ${id}.`);
  return { ok: true, data: { left: count > 0 } };
}
