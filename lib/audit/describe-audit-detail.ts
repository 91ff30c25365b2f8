import { APP_SETTING_LABELS } from "@/lib/domain/app-settings";
import { isAuditAction } from "@/lib/domain/audit";
import { REVISION_VIA_LABELS, REVISION_VIAS, type RevisionVia } from "@/lib/domain/event-revision";
import { isRole, ROLE_LABELS } from "@/lib/domain/roles";

/** Past this, a detail is cut: the CSV export has it whole. */
const MAX_LENGTH = 200;

export type AuditDetail = Record<string, unknown>;

/** An entry's stored JSON, or null when there is none; text that is not a JSON object is kept as `{ text }`. */
export function parseAuditDetail(json: string | null): AuditDetail | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as AuditDetail) : { text: json };
  } catch {
    return { text: json };
  }
}

const text = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value));
const role = (value: unknown): string => (isRole(value) ? ROLE_LABELS[value] : text(value));
const via = (value: unknown): string => ((REVISION_VIAS as readonly unknown[]).includes(value) ? REVISION_VIA_LABELS[value as RevisionVia] : text(value));
const setting = (key: unknown): string => (typeof key === "string" && key in APP_SETTING_LABELS ? APP_SETTING_LABELS[key as keyof typeof APP_SETTING_LABELS] : text(key));

function minutes(seconds: unknown): string {
  const m = Math.max(1, Math.ceil(Number(seconds) / 60));
  return Number.isFinite(m) ? `${m} minute${m === 1 ? "" : "s"}` : "a while";
}

/** Every key but those a sentence already said, as "key: value". */
function rest(detail: AuditDetail, said: readonly string[]): string[] {
  return Object.entries(detail)
    .filter(([key]) => !said.includes(key))
    .map(([key, value]) => `${key}: ${text(value)}`);
}

function sentence(action: string, d: AuditDetail): { words: string[]; said: readonly string[] } {
  switch (action) {
    case "event.create":
    case "event.update":
    case "event.delete":
    case "event.restore":
    case "event.revert":
    case "event.submit":
    case "event.publish":
    case "event.send_back":
    case "event.unpublish":
    case "event.approve": {
      const words = [`version ${text(d.version)}`];
      if (d.restoredFrom !== undefined) words.push(`(version ${text(d.restoredFrom)} brought back)`);
      if (d.via !== undefined) words.push(`in ${via(d.via)}`);
      return { words: [words.join(" ")], said: ["version", "restoredFrom", "via", "title"] };
    }
    case "event.propose":
      return { words: [`change ${text(d.change)}, based on version ${text(d.version)}${d.via !== undefined ? `, in ${via(d.via)}` : ""}, waiting for review`], said: ["change", "version", "via", "title"] };
    case "event.reject":
    case "event.withdraw":
      return { words: [`change ${text(d.change)}`], said: ["change", "title"] };
    case "event.purge":
      // The state is there for whoever must rebuild the event: the CSV export carries it whole.
      return { words: [`“${text(d.title)}” at version ${text(d.version)}; its last state is kept in this entry`], said: ["title", "version", "via", "state", "incoming", "children"] };
    case "user.invite":
      return { words: [`${text(d.name)} <${text(d.email)}> as ${role(d.role)}`], said: ["name", "email", "role", "invitationId"] };
    case "user.invite_revoke":
      return { words: [`the invitation of ${text(d.email)}`], said: ["email", "invitationId"] };
    case "user.join":
      return { words: [`as ${role(d.role)}`], said: ["role", "invitationId"] };
    case "user.role":
      return { words: [`${text(d.email)}: ${role(d.from)} → ${role(d.to)}`], said: ["email", "from", "to"] };
    case "user.deactivate":
    case "user.reactivate":
      return { words: [text(d.email)], said: ["email"] };
    case "setting.change":
      return { words: [`${setting(d.key)}: ${text(d.from)} → ${text(d.to)}`], said: ["key", "from", "to"] };
    case "sign_in.failed":
      return { words: d.reason === undefined ? [] : [text(d.reason)], said: ["reason", "status"] };
    case "sign_in.locked":
      return { words: [`too many failures for this ${d.by === "address" ? "address" : "account"}; refused for ${minutes(d.retryAfterSeconds)}`], said: ["by", "retryAfterSeconds"] };
    default:
      return { words: [], said: [] };
  }
}

/** An entry's detail in one line for the log's table: "version 3 in the editor", "ana@example.org: Editor → Admin". */
export function describeAuditDetail(action: string, detail: AuditDetail | null): string {
  if (!detail) return "";
  const { words, said } = isAuditAction(action) ? sentence(action, detail) : { words: [], said: [] as const };
  const line = [...words, ...rest(detail, said)].join("; ");
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}
