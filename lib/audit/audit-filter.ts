import { z } from "zod";
import { formatPartialDateValue, partialDateSpan, type PartialDate } from "@/lib/dates/partial-date";
import { AUDIT_ACTIONS, AUDIT_KINDS, auditKindOf, type AuditAction, type AuditKind } from "@/lib/domain/audit";
import { partialDateParam, type ParamError, type SearchParamsInput } from "@/lib/filters/event-filter";
import { eventIdParam, MAX_ID, oneOf, parseUrlParams, urlParam, wholeNumber } from "@/lib/http/url-params";

/**
 * THE audit log filter: the page, its links and the CSV export read it from the same URL keys. Each side is
 * optional; a filter with none lists everything.
 */
export interface AuditFilter {
  /** An account's id: what that account did. */
  person: string | null;
  /** The email an entry recorded: the account's, or the one typed at a sign-in, whether or not an account has it. */
  email: string | null;
  eventId: number | null;
  kind: AuditKind | null;
  /** An exact action; when given with a kind, it is of that kind. */
  action: AuditAction | null;
  /** The period, inclusive of both: from the start of `from` to the end of `to`, in UTC. */
  from: PartialDate | null;
  to: PartialDate | null;
}

export const EMPTY_AUDIT_FILTER: AuditFilter = { person: null, email: null, eventId: null, kind: null, action: null, from: null, to: null };

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `is longer than ${max} characters.`)
    .transform((text) => text || null);

const FILTER_PARAMS = {
  person: urlParam<string | null>(optionalText(200), null),
  email: urlParam<string | null>(optionalText(320), null),
  event: urlParam<number | null>(eventIdParam, null),
  kind: urlParam<AuditKind | null>(oneOf(AUDIT_KINDS), null),
  action: urlParam<AuditAction | null>(oneOf(AUDIT_ACTIONS), null),
  from: urlParam<PartialDate | null>(partialDateParam, null),
  to: urlParam<PartialDate | null>(partialDateParam, null),
};

const PAGE_PARAMS = {
  ...FILTER_PARAMS,
  before: urlParam<number | null>(wholeNumber(1, MAX_ID, `must be the id of an entry: a whole number from 1 to ${MAX_ID}.`), null),
};

export const AUDIT_FILTER_KEYS = Object.keys(FILTER_PARAMS) as (keyof typeof FILTER_PARAMS)[];

export interface AuditParams {
  filter: AuditFilter;
  /** Keyset paging: entries older than this one (newest first); null for the newest page. */
  before: number | null;
}

/**
 * Reads the filter (and, for the page, `before`) from a query string. Bad values are reported by parameter and
 * left out, so a page shows the messages and the rest of the filter; an export answers 400 with them.
 */
export function parseAuditParams(input: SearchParamsInput, { paging = true } = {}): { value: AuditParams; errors: ParamError[] } {
  const { value, errors } = parseUrlParams(input, paging ? PAGE_PARAMS : FILTER_PARAMS, { only: true });
  const filter: AuditFilter = {
    person: value.person,
    email: value.email,
    eventId: value.event,
    kind: value.kind,
    action: value.action,
    from: value.from,
    to: value.to,
  };
  if (filter.kind && filter.action && auditKindOf(filter.action) !== filter.kind) {
    errors.push({ param: "kind", message: `“kind” ${filter.kind} does not hold the action ${filter.action}; the action alone is used.` });
    filter.kind = null;
  }
  if (filter.from && filter.to && partialDateSpan(filter.to).end <= partialDateSpan(filter.from).start) {
    errors.push({ param: "to", message: "“to” is before “from”: the period would be empty, so “to” is left out." });
    filter.to = null;
  }
  const before = "before" in value ? (value.before as number | null) : null;
  return { value: { filter, before }, errors };
}

/** The filter as URL parameters, in the keys parseAuditParams reads: for the paging and CSV links. */
export function serializeAuditFilter(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.person) params.set("person", filter.person);
  if (filter.email) params.set("email", filter.email);
  if (filter.eventId !== null) params.set("event", String(filter.eventId));
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.action) params.set("action", filter.action);
  if (filter.from) params.set("from", formatPartialDateValue(filter.from));
  if (filter.to) params.set("to", formatPartialDateValue(filter.to));
  return params;
}

export function isAuditFilterEmpty(filter: AuditFilter): boolean {
  return serializeAuditFilter(filter).size === 0;
}

/** The period as instants, half-open [start, end); open sides are null. */
export function auditPeriod(filter: AuditFilter): { start: Date | null; end: Date | null } {
  return {
    start: filter.from ? new Date(partialDateSpan(filter.from).start) : null,
    end: filter.to ? new Date(partialDateSpan(filter.to).end) : null,
  };
}

/** The actions a filter keeps, or null for every action. */
export function auditActionsOf(filter: AuditFilter): AuditAction[] | null {
  if (filter.action) return [filter.action];
  if (filter.kind) return AUDIT_ACTIONS.filter((action) => auditKindOf(action) === filter.kind);
  return null;
}
