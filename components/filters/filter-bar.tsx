"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useQueryStates } from "nuqs";
import { FACETS } from "@/lib/domain/facets";
import { EVENT_STATUS_LABELS, EVENT_STATUSES } from "@/lib/domain/event-vocabulary";
import { eventFilterParsers, STATUS_FILTERS } from "@/lib/filters/event-filter";
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { FilterOptions } from "@/lib/queries/list-filter-options";
import { ActorPicker } from "./actor-picker";
import { CheckboxFacet } from "./checkbox-facet";
import styles from "./filter-bar.module.css";

interface FilterBarProps {
  options: FilterOptions;
  showStatus?: boolean;
  /** View parameters that a filter change makes stale, such as the table's page. */
  resetKeys?: string[];
}

/**
 * Edits the shared event filter in the URL. Each change is a new history entry and re-renders the
 * server components that read it, so a copied link reopens the same view.
 */
export function FilterBar({ options, showStatus = false, resetKeys = [] }: FilterBarProps) {
  const [isPending, startTransition] = useTransition();
  const [filter, setFilter] = useQueryStates(eventFilterParsers, { history: "push", shallow: false, startTransition });
  const [, setReset] = useQueryStates(
    Object.fromEntries(resetKeys.map((key) => [key, eventFilterParsers.q])),
    { history: "push", shallow: false, startTransition },
  );
  const [text, setText] = useState({ q: filter.q ?? "", from: filter.from ?? "", to: filter.to ?? "" });
  const [dateErrors, setDateErrors] = useState<{ from?: string; to?: string }>({});

  const update = (patch: Partial<typeof filter>) => {
    void setFilter(patch);
    if (resetKeys.length) void setReset(Object.fromEntries(resetKeys.map((key) => [key, null])));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: { from?: string; to?: string } = {};
    for (const key of ["from", "to"] as const) {
      const value = text[key].trim();
      if (value) {
        const parsed = parsePartialDate(value);
        if (!parsed.ok) errors[key] = parsed.message;
      }
    }
    setDateErrors(errors);
    if (errors.from || errors.to) return;
    update({ q: text.q.trim() || null, from: text.from.trim() || null, to: text.to.trim() || null });
  };

  const clearAll = () => {
    setText({ q: "", from: "", to: "" });
    setDateErrors({});
    update({ q: null, from: null, to: null, importance: null, status: null, ...Object.fromEntries(FACETS.map((facet) => [facet.param, null])) });
  };

  const list = (values: string[]) => (values.length ? values : null);
  const activeCount = [filter.q, filter.from, filter.to, filter.importance, filter.status].filter(Boolean).length
    + FACETS.reduce((sum, facet) => sum + (filter[facet.param]?.length ?? 0), 0);
  // On a phone the filters fold behind one button so the results stay in view.
  const [expanded, setExpanded] = useState(false);

  return (
    <section aria-label="Filters" className={styles.bar} aria-busy={isPending}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={expanded}
        aria-controls="filter-controls"
        onClick={() => setExpanded(!expanded)}
      >
        Filters{activeCount > 0 && ` (${activeCount} active)`}
      </button>
      <div id="filter-controls" className={styles.controls} data-expanded={expanded}>
      <form onSubmit={onSubmit} className={styles.textFields} role="search">
        <div className={styles.field}>
          <label htmlFor="filter-q">Search</label>
          <input id="filter-q" type="search" value={text.q} onChange={(e) => setText({ ...text, q: e.target.value })} placeholder="Words in title, text or sources" />
        </div>
        <div className={styles.field}>
          <label htmlFor="filter-from">From</label>
          <input
            id="filter-from"
            value={text.from}
            onChange={(e) => setText({ ...text, from: e.target.value })}
            placeholder="2025 or 2025-06"
            aria-invalid={Boolean(dateErrors.from)}
            aria-describedby={dateErrors.from ? "filter-from-error" : undefined}
            size={12}
          />
          {dateErrors.from && <p id="filter-from-error" className="field-error">{dateErrors.from}</p>}
        </div>
        <div className={styles.field}>
          <label htmlFor="filter-to">To</label>
          <input
            id="filter-to"
            value={text.to}
            onChange={(e) => setText({ ...text, to: e.target.value })}
            placeholder="2025-07-04"
            aria-invalid={Boolean(dateErrors.to)}
            aria-describedby={dateErrors.to ? "filter-to-error" : undefined}
            size={12}
          />
          {dateErrors.to && <p id="filter-to-error" className="field-error">{dateErrors.to}</p>}
        </div>
        <button type="submit" className="button-primary">Apply</button>
      </form>
      <div className={styles.facets}>
        <CheckboxFacet legend="Topics" name="topic" options={options.topics.map((t) => ({ value: t.slug, label: t.name }))} selected={filter.topic ?? []} onChange={(v) => update({ topic: list(v) })} />
        {options.actorTotal > options.actors.length ? (
          <ActorPicker actors={options.actors} total={options.actorTotal} selected={filter.actor ?? []} onChange={(v) => update({ actor: list(v) })} />
        ) : (
          <CheckboxFacet legend="Actors" name="actor" options={options.actors.map((a) => ({ value: a.slug, label: a.name }))} selected={filter.actor ?? []} onChange={(v) => update({ actor: list(v) })} />
        )}
        <CheckboxFacet legend="Countries" name="country" options={options.countries.map((c) => ({ value: c.code, label: c.name }))} selected={filter.country ?? []} onChange={(v) => update({ country: list(v) })} />
        <CheckboxFacet legend="Actor kinds" name="actor_kind" options={options.actorKinds.map((k) => ({ value: k.kind, label: k.name }))} selected={filter.actor_kind ?? []} onChange={(v) => update({ actor_kind: list(v) })} />
        <div className={styles.field}>
          <label htmlFor="filter-importance">Importance</label>
          <select id="filter-importance" value={filter.importance ?? ""} onChange={(e) => update({ importance: e.target.value ? Number(e.target.value) : null })}>
            <option value="">Any</option>
            {[2, 3, 4, 5].map((level) => (
              <option key={level} value={level}>{level} or more</option>
            ))}
          </select>
        </div>
        {showStatus && (
          <div className={styles.field}>
            <label htmlFor="filter-status">Status</label>
            <select id="filter-status" value={filter.status ?? ""} onChange={(e) => update({ status: (e.target.value || null) as (typeof STATUS_FILTERS)[number] | null })}>
              <option value="">Any</option>
              {EVENT_STATUSES.map((status) => (
                <option key={status} value={status}>{EVENT_STATUS_LABELS[status]}</option>
              ))}
            </select>
          </div>
        )}
        <button type="button" onClick={clearAll}>Clear filters</button>
      </div>
      </div>
    </section>
  );
}
