"use client";

import { useId, useState } from "react";
import type { ActorOption } from "@/lib/queries/search-actors";
import { describePickerStatus, listPickerOptions } from "./actor-picker-options";
import { FacetCheckboxes, type FacetOption } from "./checkbox-facet";
import { useActorSearch } from "./use-actor-search";
import { useDismissableDetails } from "./use-dismissable-details";
import styles from "./filter-bar.module.css";

interface ActorPickerProps {
  /** The most used actors plus the selected ones. */
  actors: ActorOption[];
  /** How many actors there are in all. */
  total: number;
  selected: string[];
  onChange: (next: string[]) => void;
}

const toOption = (actor: ActorOption): FacetOption => ({ value: actor.slug, label: actor.name });

/** The Actors facet when there are too many actors to list: the most used ones, and a search for the rest. */
export function ActorPicker({ actors, total, selected, onChange }: ActorPickerProps) {
  const detailsRef = useDismissableDetails();
  const id = useId();
  const [text, setText] = useState("");
  const search = useActorSearch(text);
  // Names of actors picked from search results, so they keep their name until the page brings them back.
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());
  const found = search.status === "done" ? search.actors : search.status === "loading" ? search.previous : undefined;
  const names = new Map([...picked, ...[...actors, ...(found ?? [])].map((actor) => [actor.slug, actor.name] as const)]);

  const options = listPickerOptions(selected, names, (found ?? actors).map(toOption));
  const status = describePickerStatus(
    search.status === "done" ? { status: "done", q: search.q, shown: search.actors.length, total: search.total } : search,
    options.length,
    total,
  );
  const choose = (next: string[]) => {
    const added = next.filter((value) => !selected.includes(value));
    if (added.length) setPicked(new Map([...picked, ...added.map((value) => [value, names.get(value) ?? value] as const)]));
    onChange(next);
  };

  return (
    <details className={`${styles.facet} ${styles.pickerFacet}`} ref={detailsRef}>
      <summary>
        Actors
        {selected.length > 0 && <span className={styles.count}> ({selected.length})</span>}
      </summary>
      <div className={styles.pickerPanel}>
        <label htmlFor={`${id}-q`} className={styles.pickerLabel}>Find an actor</label>
        <input
          id={`${id}-q`}
          type="search"
          className={styles.pickerSearch}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          aria-describedby={`${id}-status`}
          placeholder="Name, e.g. Ibrahim"
        />
        <p id={`${id}-status`} role="status" aria-live="polite" className={styles.pickerStatus}>{status}</p>
        <fieldset className={styles.pickerList}>
          <legend className="visually-hidden">Actors</legend>
          <FacetCheckboxes name="actor" options={options} selected={selected} onChange={choose} />
        </fieldset>
      </div>
    </details>
  );
}
