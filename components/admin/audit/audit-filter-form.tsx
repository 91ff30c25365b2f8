import Link from "next/link";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, AUDIT_KIND_LABELS, AUDIT_KINDS, auditKindOf } from "@/lib/domain/audit";
import type { AuditPerson } from "@/lib/queries/audit/list-audit-people";
import styles from "@/components/filters/filter-bar.module.css";
import tableStyles from "../admin-table.module.css";

/**
 * The log's filters as a plain GET form: it works before (and without) JavaScript, and every choice lands in the
 * URL, where the page, its paging links and the CSV export read it. `values` are the URL's own texts, so that a
 * value the page could not use stays in its field, next to the message about it.
 */
export function AuditFilterForm({ values, people }: { values: Record<string, string>; people: AuditPerson[] }) {
  const value = (key: string) => values[key] ?? "";
  return (
    <form method="get" action="/admin/audit" role="search" aria-label="Filter the audit log" className={styles.bar}>
      <div className={styles.textFields}>
        <div className={styles.field}>
          <label htmlFor="audit-person">Person</label>
          <select id="audit-person" name="person" defaultValue={value("person")}>
            <option value="">Anyone</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({person.email}){person.active ? "" : ", deactivated"}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="audit-email">Email</label>
          <input id="audit-email" name="email" type="text" inputMode="email" autoComplete="off" defaultValue={value("email")} placeholder="As typed at a sign-in" />
        </div>
        <div className={styles.field}>
          <label htmlFor="audit-event">Event id</label>
          <input id="audit-event" name="event" type="text" inputMode="numeric" size={8} defaultValue={value("event")} />
        </div>
        <div className={styles.field}>
          <label htmlFor="audit-kind">Kind</label>
          <select id="audit-kind" name="kind" defaultValue={value("kind")}>
            <option value="">Every kind</option>
            {AUDIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>{AUDIT_KIND_LABELS[kind]}</option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="audit-action">Action</label>
          <select id="audit-action" name="action" defaultValue={value("action")}>
            <option value="">Every action</option>
            {AUDIT_KINDS.map((kind) => (
              <optgroup key={kind} label={AUDIT_KIND_LABELS[kind]}>
                {AUDIT_ACTIONS.filter((action) => auditKindOf(action) === kind).map((action) => (
                  <option key={action} value={action}>{AUDIT_ACTION_LABELS[action]}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="audit-from">From</label>
          <input id="audit-from" name="from" type="text" size={11} defaultValue={value("from")} placeholder="2026 or 2026-12-01" aria-describedby="audit-period-hint" />
        </div>
        <div className={styles.field}>
          <label htmlFor="audit-to">To</label>
          <input id="audit-to" name="to" type="text" size={11} defaultValue={value("to")} placeholder="2026-12-07" aria-describedby="audit-period-hint" />
        </div>
        <button type="submit" className="button-primary">Apply filters</button>
        <Link href="/admin/audit">Clear filters</Link>
      </div>
      <p id="audit-period-hint" className={`muted ${tableStyles.hint}`}>
        Dates are UTC and include both ends: a year, a month or a day.
      </p>
    </form>
  );
}
