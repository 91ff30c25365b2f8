"use client";

import { useFormContext } from "react-hook-form";
import { EVENT_STATUSES, IMPORTANCE_MAX, IMPORTANCE_MIN } from "@/lib/domain/event-vocabulary";
import type { EventFormOptions } from "@/lib/queries/list-event-form-options";
import { CheckboxGroupField } from "./checkbox-group-field";
import { DateBoundField } from "./date-bound-field";
import { DatePreview } from "./date-preview";
import { RelationsField } from "./relations-field";
import { SelectField, toNumber, toOptionalId } from "./select-field";
import { SourcesField } from "./sources-field";
import { TextField } from "./text-field";
import styles from "./event-form.module.css";

const IMPORTANCE_OPTIONS = Array.from({ length: IMPORTANCE_MAX - IMPORTANCE_MIN + 1 }, (_, i) => {
  const value = IMPORTANCE_MIN + i;
  return { value, label: value === IMPORTANCE_MIN ? `${value} (minor)` : value === IMPORTANCE_MAX ? `${value} (major)` : String(value) };
});
const STATUS_OPTIONS = EVENT_STATUSES.map((status) => ({ value: status, label: status === "draft" ? "Draft (editors only)" : "Published" }));

export function EventFormFields({ options, eventId }: { options: EventFormOptions; eventId?: number }) {
  const { register } = useFormContext();
  const parentOptions = [
    { value: "", label: "None" },
    ...options.events.filter((e) => e.id !== eventId).map((e) => ({ value: e.id, label: `${e.title} (${e.dateLabel})` })),
  ];
  return (
    <>
      <fieldset className={styles.section}>
        <legend>About</legend>
        <TextField path="title" label="Title" required />
        <TextField path="slug" label="Slug" hint="The event’s address. Leave it empty to make one from the title." />
        <TextField path="summary" label="Summary" multiline rows={3} hint="One or two sentences, shown in lists." />
        <TextField path="body" label="Body" multiline rows={8} hint="Markdown: **bold**, lists with “- ”, links as [text](https://…)." />
      </fieldset>

      <fieldset className={styles.section}>
        <legend>When</legend>
        <DateBoundField which="start" />
        <DateBoundField which="end" />
        <div className={styles.checkboxRow}>
          <input id="event-approximate" type="checkbox" {...register("approximate", { deps: ["start.value", "end.value"] })} />
          <label htmlFor="event-approximate">Approximate (circa): the dates may be off by one unit either way</label>
        </div>
        <TextField path="dateLabel" label="Date label (optional)" hint="Overrides the label below, e.g. “Early 2020s”." />
        <DatePreview />
      </fieldset>

      <fieldset className={styles.section}>
        <legend>Standing</legend>
        <div className={styles.grid3}>
          <SelectField path="importance" label="Importance" options={IMPORTANCE_OPTIONS} setValueAs={toNumber} />
          <SelectField path="status" label="Status" options={STATUS_OPTIONS} />
          <SelectField path="parentId" label="Part of (parent event)" options={parentOptions} setValueAs={toOptionalId} />
        </div>
      </fieldset>

      <CheckboxGroupField path="topicIds" legend="Topics" options={options.topics.map((t) => ({ value: t.id, label: t.name }))} />
      <CheckboxGroupField path="actorIds" legend="Actors" options={options.actors.map((a) => ({ value: a.id, label: a.name }))} />
      <CheckboxGroupField path="countryCodes" legend="Countries" options={options.countries.map((c) => ({ value: c.code, label: c.name }))} />
      <SourcesField />
      <RelationsField events={options.events} selfId={eventId} />
    </>
  );
}
