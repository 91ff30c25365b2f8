"use client";

import { useEffect, useRef } from "react";
import styles from "./filter-bar.module.css";

interface CheckboxFacetProps {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange: (next: string[]) => void;
}

/** A disclosure of checkboxes: keyboard-friendly and usable on a phone, unlike <select multiple>. */
export function CheckboxFacet({ legend, name, options, selected, onChange }: CheckboxFacetProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  const detailsRef = useRef<HTMLDetailsElement>(null);

  // A popover list must not stay open over the page: close it on a click elsewhere or on Escape.
  useEffect(() => {
    const details = detailsRef.current;
    if (!details) return;
    const close = (event: Event) => {
      if (!details.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        details.open = false;
        details.querySelector("summary")?.focus();
      } else if (!details.contains(event.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener("pointerdown", close);
    details.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      details.removeEventListener("keydown", close);
    };
  }, []);

  return (
    <details className={styles.facet} ref={detailsRef}>
      <summary>
        {legend}
        {selected.length > 0 && <span className={styles.count}> ({selected.length})</span>}
      </summary>
      <fieldset className={styles.facetList}>
        <legend className="visually-hidden">{legend}</legend>
        {options.map((option) => (
          <label key={option.value} className={styles.checkbox}>
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
