"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { eventInputSchema, REASON_MAX, type EventFormInput, type EventInput } from "@/lib/schemas/event-input";
import { createEventAction, updateEventAction } from "@/lib/actions/events/event-form-actions";
import type { EventFormOptions } from "@/lib/queries/list-event-form-options";
import type { EventStatus } from "@/lib/domain/event-vocabulary";
import { ErrorSummary } from "./error-summary";
import { flattenFormErrors } from "./flatten-form-errors";
import { EventFormFields } from "./event-form-fields";
import { DeleteEventButton } from "./delete-event-button";
import { MergeConflict } from "./merge-conflict";
import type { EventFormSaveResult, EventMergeConflict } from "@/lib/actions/events/save-event-form";
import styles from "./event-form.module.css";

export interface EventFormProps {
  /** Absent when creating. */
  eventId?: number;
  /** The version the form was loaded at; sent with every save so a concurrent edit is detected. */
  version?: number;
  defaultValues: EventFormInput;
  options: EventFormOptions;
  /** The statuses this viewer may leave the event in (lib/domain/review.ts). */
  statusOptions: EventStatus[];
  /** Saves wait for review as a pending change instead of changing the published event. */
  held?: boolean;
  savedNotice?: string;
}

const FIELD_ROOTS = new Set(Object.keys(eventInputSchema.shape));
const TIME = new Intl.DateTimeFormat("en-GB", { timeStyle: "short" });

function asFormResult(result: Awaited<ReturnType<typeof createEventAction>>): EventFormSaveResult {
  return result.ok ? { ok: true, data: { ...result.data, fromTheirs: [] } } : result;
}

export function EventForm({ eventId, version: loadedVersion, defaultValues, options, statusOptions, held = false, savedNotice }: EventFormProps) {
  const router = useRouter();
  const form = useForm<EventFormInput, unknown, EventInput>({
    resolver: zodResolver(eventInputSchema),
    defaultValues,
    shouldFocusError: false,
  });
  const [version, setVersion] = useState(loadedVersion);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(savedNotice ?? null);
  const [showSummary, setShowSummary] = useState(false);
  const [merge, setMerge] = useState<EventMergeConflict | null>(null);
  const [reason, setReason] = useState("");
  const [pending, startTransition] = useTransition();
  const summaryRef = useRef<HTMLDivElement>(null);

  const showProblems = (message: string | null) => {
    setFormMessage(message);
    setStatus(null);
    setShowSummary(true);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const save = (values: EventInput, against = version) =>
    startTransition(async () => {
      setFormMessage(null);
      const result: EventFormSaveResult = eventId ? await updateEventAction(eventId, { ...values, version: against, reason }) : asFormResult(await createEventAction(values));
      if (!result.ok && result.merge) {
        setMerge(result.merge);
        setStatus(null);
        setShowSummary(false);
        return;
      }
      if (!result.ok) {
        const unplaced: string[] = [];
        for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
          if (FIELD_ROOTS.has(path.split(".")[0]!)) {
            form.setError(path as FieldPath<EventFormInput>, { type: "server", message: messages.join(" ") });
          } else unplaced.push(...messages);
        }
        const placed = result.fieldErrors && unplaced.length === 0;
        showProblems(placed ? null : [result.message, ...unplaced].join(" "));
        return;
      }
      if (!eventId) {
        router.push(`/admin/events/${result.data.id}/edit?saved=created`);
        return;
      }
      const saved = result.data;
      if (saved.pendingChangeId !== undefined) {
        setReason("");
        setShowSummary(false);
        setStatus(`Sent for review at ${TIME.format(new Date())}. Readers see the published version until a reviewer approves your change.`);
        router.refresh();
        return;
      }
      setVersion(saved.version);
      form.reset({ ...(saved.values ?? values), slug: saved.slug });
      setMerge(null);
      setReason("");
      setShowSummary(false);
      setStatus(
        saved.fromTheirs.length
          ? `Saved at ${TIME.format(new Date())}, together with another editor's changes to ${saved.fromTheirs.join(", ").toLowerCase()}.`
          : `Saved at ${TIME.format(new Date())}.`,
      );
      router.refresh();
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => form.handleSubmit((values) => save(values), () => showProblems(null))(event);

  const errors = flattenFormErrors(form.formState.errors);
  return (
    <FormProvider {...form}>
      <form noValidate className={styles.form} onSubmit={onSubmit} aria-busy={pending}>
        {showSummary && <ErrorSummary ref={summaryRef} errors={errors} formMessage={formMessage} />}
        {merge && <MergeConflict merge={merge} pending={pending} onResolve={(values) => save(values, merge.version)} onCancel={() => setMerge(null)} />}
        <p role="status" className={status ? `alert ${styles.saved}` : undefined}>{status}</p>
        <EventFormFields options={options} eventId={eventId} statusOptions={statusOptions} />
        {eventId && (
          <div className={styles.field}>
            <label htmlFor="event-reason">Reason for this change <span className="muted">(optional, kept in the history)</span></label>
            <input id="event-reason" value={reason} maxLength={REASON_MAX} onChange={(event) => setReason(event.target.value)} />
          </div>
        )}
        <div className={styles.actions}>
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? "Saving…" : !eventId ? "Create event" : held ? "Submit change for review" : "Save changes"}
          </button>
          {eventId && version !== undefined && <DeleteEventButton eventId={eventId} version={version} />}
        </div>
      </form>
    </FormProvider>
  );
}
