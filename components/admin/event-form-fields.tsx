"use client";

import { useFormContext } from "react-hook-form";
import { IMPORTANCE_MAX, IMPORTANCE_MIN, type EventStatus } from "@/lib/domain/event-vocabulary";
import type { EventFormOptions } from "@/lib/queries/list-event-form-options";
import { ActorsField } from "./actors-field";
import { CheckboxGroupField } from "./checkbox-group-field";
import { DateBoundField } from "./date-bound-field";
import { DatePreview } from "./date-preview";
import { DuplicateWarning } from "./duplicate-warning";
import { EventPickerField } from "./event-picker-field";
import { RelationsField } from "./relations-field";
import { SelectField, toNumber } from "./select-field";
import { SourcesField } from "./sources-field";
import { TextField } from "./text-field";
import { TimeZoneField } from "./time-zone-field";
import { TypedDateField } from "./typed-date-field";
import { useKnownEvents } from "./use-known-events";
import styles from "./event-form.module.css";

const IMPORTANCE_OPTIONS = Array.from({ length: IMPORTANCE_MAX - IMPORTANCE_MIN + 1 }, (_, i) => {
  const value = IMPORTANCE_MIN + i;
  return { value, label: value === IMPORTANCE_MIN ? `${value} (minor)` : value === IMPORTANCE_MAX ? `${value} (major)` : String(value) };
});
const STATUS_TEXT: Record<EventStatus, string> = {
  draft: "Draft (editors only)",
  in_review: "In review (submit to a reviewer)",
  published: "Published",
  unpublished: "Unpublished (taken back from readers)",
};

export function EventFormFields({ options, eventId, statusOptions }: { options: EventFormOptions; eventId?: number; statusOptions: EventStatus[] }) {
  const { register } = useFormContext();
  const knownEvents = useKnownEvents(options.events);
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
        <TypedDateField />
        <DateBoundField which="start" />
        <DateBoundField which="end" />
        <TimeZoneField />
        <div className={styles.checkboxRow}>
          <input id="event-approximate" type="checkbox" {...register("approximate", { deps: ["start.value", "end.value"] })} />
          <label htmlFor="event-approximate">Approximate (circa): the dates may be off by one unit either way</label>
        </div>
        <TextField path="dateLabel" label="Date label (optional)" hint="Overrides the label below, e.g. “Early 2020s”." />
        <DatePreview />
      </fieldset>
      <DuplicateWarning excludeId={eventId} />

      <fieldset className={styles.section}>
        <legend>Standing</legend>
        <div className={styles.grid3}>
          <SelectField path="importance" label="Importance" options={IMPORTANCE_OPTIONS} setValueAs={toNumber} />
          <SelectField path="status" label="Status" options={statusOptions.map((status) => ({ value: status, label: STATUS_TEXT[status] }))} hint={statusOptions.includes("published") ? undefined : "A reviewer or admin publishes."} />
          <EventPickerField path="parentId" label="Part of (parent event)" known={knownEvents} excludeId={eventId} emptyText="None" clearLabel="Clear parent" />
        </div>
      </fieldset>

      <CheckboxGroupField path="topicIds" legend="Topics" options={options.topics.map((t) => ({ value: t.id, label: t.name }))} />
      <ActorsField initial={options.actors} />
      <CheckboxGroupField path="countryCodes" legend="Countries" options={options.countries.map((c) => ({ value: c.code, label: c.name }))} />
      <SourcesField />
      <RelationsField known={knownEvents} selfId={eventId} />
    </>
  );
}
