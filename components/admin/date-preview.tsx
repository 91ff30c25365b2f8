"use client";

import { useWatch } from "react-hook-form";
import { previewDateLabel } from "./preview-date-label";
import styles from "./event-form.module.css";

/** The date label as readers will see it, updated as the editor types. */
export function DatePreview() {
  const [start, end, approximate, dateLabel] = useWatch({ name: ["start", "end", "approximate", "dateLabel"] });
  const computed = previewDateLabel({ start, end, approximate });
  const custom = typeof dateLabel === "string" ? dateLabel.trim() : "";
  return (
    <p className={styles.preview}>
      Shown as:{" "}
      <output aria-live="polite">
        {custom ? <strong>{custom}</strong> : computed ? <strong>{computed}</strong> : <span className="muted">(complete the date to see it)</span>}
        {custom && computed && custom !== computed && <span className="muted"> (computed: {computed})</span>}
      </output>
    </p>
  );
}
