"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { EventOption } from "@/lib/queries/event-option";
import { StatusBadges } from "@/components/event-page/status-badges";
import { describeSearchStatus } from "./describe-search-status";
import { describeField, FieldError, FieldHint, useFieldError } from "./field-a11y";
import { useEventSearch } from "./use-event-search";
import styles from "./event-form.module.css";

const EVENTS = { one: "event", many: "events" };

interface EventPickerProps {
  /** The form field it edits ("parentId", "relations.0.targetId"): its element id, its error, the error summary's link. */
  path: string;
  label: string;
  /** The chosen event, or null. */
  value: EventOption | null;
  onChange: (event: EventOption | null) => void;
  onBlur?: () => void;
  /** The event being edited, never offered. */
  excludeId?: number;
  /** What the field says while nothing is chosen. */
  emptyText: string;
  /** Given, a button of this name clears the choice. */
  clearLabel?: string;
}

/**
 * A combobox that searches events on the server as one types (title words, an id or a slug) and keeps one
 * choice, shown above it. Arrow keys move through the matches, Enter takes one, Escape closes the list.
 */
export function EventPicker({ path, label, value, onChange, onBlur, excludeId, emptyText, clearLabel }: EventPickerProps) {
  const error = useFieldError(path);
  const a11y = describeField(path, error, true);
  const id = a11y.id;
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  // The highlighted event by id, so that a list that changes under it never highlights another event.
  const [activeId, setActiveId] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const search = useEventSearch(text, excludeId);
  const options = search.events;
  const expanded = open && text.trim() !== "" && options.length > 0;
  const activeIndex = expanded ? options.findIndex((event) => event.id === activeId) : -1;
  const optionId = (event: EventOption) => `${id}-option-${event.id}`;
  const listRef = useRef<HTMLUListElement>(null);

  // On a phone the matches open below the box, often under the fold: bring them into view.
  useEffect(() => {
    if (expanded) listRef.current?.scrollIntoView({ block: "nearest" });
  }, [expanded]);

  const choose = (event: EventOption | null) => {
    onChange(event);
    setText("");
    setOpen(false);
    setActiveId(null);
    setAnnouncement(event ? `Chosen: ${event.title}` : `${label}: none`);
  };

  const move = (step: 1 | -1) => {
    const next = options[activeIndex === -1 ? (step === 1 ? 0 : options.length - 1) : (activeIndex + step + options.length) % options.length]!;
    setOpen(true);
    setActiveId(next.id);
    requestAnimationFrame(() => document.getElementById(optionId(next))?.scrollIntoView({ block: "nearest" }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && options.length > 0 && text.trim()) {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && text.trim()) {
      // Enter in the search box takes the highlighted match; it never submits the whole form.
      event.preventDefault();
      if (activeIndex >= 0) choose(options[activeIndex]!);
    } else if (event.key === "Escape" && (expanded || text)) {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setText("");
    }
  };

  const describedBy = [`${id}-choice`, a11y["aria-describedby"], `${id}-status`].filter(Boolean).join(" ");
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <FieldHint path={path}>Type words of its title, its id or its slug.</FieldHint>
      <div className={styles.pickerChoice}>
        <span id={`${id}-choice`} className={value ? undefined : "muted"}>
          {value ? <>Chosen: <EventLabel event={value} /></> : emptyText}
        </span>
        {value && clearLabel && (
          <button type="button" onClick={() => choose(null)}>
            {clearLabel}
          </button>
        )}
      </div>
      <div className={styles.combobox}>
        <input
          id={id}
          aria-invalid={a11y["aria-invalid"]}
          aria-describedby={describedBy}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={activeIndex >= 0 ? optionId(options[activeIndex]!) : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActiveId(null);
            setAnnouncement("");
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            onBlur?.();
          }}
          placeholder="Find an event"
          autoComplete="off"
          spellCheck={false}
        />
        {/* Each option keeps the focus in the box on mouse down, so that the list is still open when the click lands. */}
        <ul ref={listRef} id={`${id}-listbox`} role="listbox" aria-label={`${label}: events found`} className={styles.listbox} hidden={!expanded}>
          {options.map((event, index) => (
            <li
              key={event.id}
              id={optionId(event)}
              role="option"
              aria-selected={index === activeIndex}
              className={styles.option}
              onMouseDown={(mouse) => mouse.preventDefault()}
              onClick={() => choose(event)}
            >
              <EventLabel event={event} />
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-status`} role="status" className={styles.pickerStatus}>
        {announcement || describeSearchStatus(search.status, EVENTS)}
      </p>
      <FieldError path={path} error={error} />
    </div>
  );
}

function EventLabel({ event }: { event: EventOption }) {
  return (
    <span>
      <strong>{event.title}</strong>
      {event.dateLabel && <span className="muted"> · {event.dateLabel}</span>}
      <StatusBadges status={event.status} deleted={event.deleted} />
    </span>
  );
}
