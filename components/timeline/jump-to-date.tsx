"use client";

import { useId, useState, type FormEvent } from "react";
import { parsePartialDate, partialDateSpan } from "@/lib/dates/partial-date";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import styles from "./jump-to-date.module.css";

/** "Go to" a date typed as the app writes them: 2019, 2019-07, 2025-Q3, 2025-06-27. */
export function JumpToDate({ onJump }: { onJump: (period: TimelineWindow) => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parsePartialDate(text.trim());
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    onJump(partialDateSpan(parsed.value));
  };
  return (
    <form className={styles.form} onSubmit={submit} role="search" aria-label="Go to a date">
      <label htmlFor={id}>Go to</label>
      <input
        id={id}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="2019-07"
        size={11}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <button type="submit">Go</button>
      {error && <span id={`${id}-error`} className="field-error" role="alert">{error}</span>}
    </form>
  );
}
