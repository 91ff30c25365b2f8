"use client";

import { useState } from "react";
import { Controller, useFormContext } from "react-hook-form";
import { useActorSearch } from "@/components/filters/use-actor-search";
import { describeSearchStatus } from "./describe-search-status";
import { FieldError, fieldId } from "./field-a11y";
import styles from "./event-form.module.css";

const ACTORS = { one: "actor", many: "actors" };

interface Actor {
  id: number;
  name: string;
}

/**
 * The event's actors (actorIds): the chosen ones as checked boxes (untick to remove), and a search of every
 * actor on the server (GET /api/v1/actors?scope=all) whose results are ticked to add them. There can be
 * thousands of actors, so none is listed before one searches.
 */
export function ActorsField({ initial }: { initial: Actor[] }) {
  const { control } = useFormContext();
  const id = fieldId("actorIds");
  const [text, setText] = useState("");
  const [names, setNames] = useState<ReadonlyMap<number, string>>(() => new Map(initial.map((actor) => [actor.id, actor.name])));
  const search = useActorSearch(text, "all");
  const found = search.status === "done" ? search.actors : search.status === "loading" ? (search.previous ?? []) : [];
  const status = describeSearchStatus(
    search.status === "done" ? { status: "done", q: search.q, shown: search.actors.length, total: search.total, totalExact: true } : search,
    ACTORS,
  );

  return (
    <Controller
      name="actorIds"
      control={control}
      render={({ field, fieldState }) => {
        const selected = (field.value ?? []) as number[];
        const error = fieldState.error?.message ?? fieldState.error?.root?.message;
        const add = (actor: Actor) => {
          setNames((current) => new Map(current).set(actor.id, actor.name));
          field.onChange([...selected, actor.id]);
        };
        const removeChosen = (actorId: number) => {
          const index = selected.indexOf(actorId);
          const next = selected.filter((item) => item !== actorId);
          field.onChange(next);
          // The box just unticked leaves the list: the focus goes to its neighbour, or to the search box.
          const neighbour = next[Math.min(index, next.length - 1)];
          requestAnimationFrame(() => document.getElementById(neighbour === undefined ? `${id}-q` : `${id}-chosen-${neighbour}`)?.focus());
        };
        const toggleFound = (actor: Actor, checked: boolean) => (checked ? add(actor) : field.onChange(selected.filter((item) => item !== actor.id)));
        return (
          <fieldset id={id} tabIndex={-1} className={styles.checkboxGroup} aria-describedby={error ? `${id}-error` : undefined}>
            <legend>
              Actors <span className="muted">({selected.length} chosen)</span>
            </legend>
            <div role="group" aria-label="Chosen actors" className={styles.checkboxes}>
              {selected.length === 0 && <p className="muted">No actors chosen.</p>}
              {selected.map((actorId) => (
                <label key={actorId} className={styles.checkbox}>
                  <input id={`${id}-chosen-${actorId}`} type="checkbox" checked onChange={() => removeChosen(actorId)} onBlur={field.onBlur} />
                  {names.get(actorId) ?? `Actor ${actorId} (not found)`}
                </label>
              ))}
            </div>
            <div className={`${styles.field} ${styles.actorSearch}`}>
              <label htmlFor={`${id}-q`}>Find an actor</label>
              <input
                id={`${id}-q`}
                type="search"
                value={text}
                onChange={(event) => setText(event.target.value)}
                onKeyDown={(event) => {
                  // Enter in the search box never submits the whole form.
                  if (event.key === "Enter") event.preventDefault();
                }}
                aria-describedby={`${id}-status`}
                placeholder="Name, e.g. Ibrahim"
                autoComplete="off"
              />
            </div>
            <p id={`${id}-status`} role="status" className={styles.pickerStatus}>{status}</p>
            {found.length > 0 && (
              <div role="group" aria-label="Actors found" className={styles.checkboxes}>
                {found.map((actor) => (
                  <label key={actor.id} className={styles.checkbox}>
                    <input type="checkbox" checked={selected.includes(actor.id)} onChange={(event) => toggleFound(actor, event.target.checked)} onBlur={field.onBlur} />
                    {actor.name}
                  </label>
                ))}
              </div>
            )}
            <FieldError path="actorIds" error={error} />
          </fieldset>
        );
      }}
    />
  );
}
