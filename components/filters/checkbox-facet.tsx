"use client";

import styles from "./filter-bar.module.css";
import { useDismissableDetails } from "./use-dismissable-details";

export interface FacetOption {
  value: string;
  label: string;
}

interface CheckboxFacetProps {
  legend: string;
  name: string;
  options: FacetOption[];
  selected: string[];
  onChange: (next: string[]) => void;
}

/** The checkboxes of a facet; toggling one reports the new selection. */
export function FacetCheckboxes({ name, options, selected, onChange }: Omit<CheckboxFacetProps, "legend">) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return options.map((option) => (
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
  ));
}

/** A disclosure of checkboxes: keyboard-friendly and usable on a phone, unlike <select multiple>. */
export function CheckboxFacet({ legend, name, options, selected, onChange }: CheckboxFacetProps) {
  const detailsRef = useDismissableDetails();
  return (
    <details className={styles.facet} ref={detailsRef}>
      <summary>
        {legend}
        {selected.length > 0 && <span className={styles.count}> ({selected.length})</span>}
      </summary>
      <fieldset className={styles.facetList}>
        <legend className="visually-hidden">{legend}</legend>
        <FacetCheckboxes name={name} options={options} selected={selected} onChange={onChange} />
      </fieldset>
    </details>
  );
}
