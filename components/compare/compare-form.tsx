import type { TrackParam } from "@/lib/compare/compare-params";
import styles from "./compare-form.module.css";

/** Two tracks as filter queries (the same keys as the address bar of the timeline) with their labels. */
export function CompareForm({ tracks }: { tracks: TrackParam[] }) {
  const value = (name: string) => tracks.find((track) => track.name === name);
  return (
    <form action="/compare" className={styles.form} aria-label="Tracks to compare">
      {(["a", "b"] as const).map((name) => (
        <fieldset key={name}>
          <legend>Track {name.toUpperCase()}</legend>
          <label htmlFor={`track-${name}-label`}>Name</label>
          <input id={`track-${name}-label`} name={`${name}_label`} defaultValue={value(name)?.label ?? ""} />
          <label htmlFor={`track-${name}`}>Filter (as in a timeline address, e.g. country=FR&amp;topic=trade)</label>
          <input id={`track-${name}`} name={name} defaultValue={value(name)?.query ?? ""} required />
        </fieldset>
      ))}
      <button type="submit" className="button-primary">Compare</button>
    </form>
  );
}
