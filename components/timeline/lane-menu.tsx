"use client";

import type { TimelineLane } from "@/lib/queries/get-timeline-window";
import { moveLane, OTHER_LANE_KEY, toggleHidden, type LaneChoice } from "@/lib/timeline/lane-choice";
import styles from "./lane-menu.module.css";

interface LaneMenuProps {
  /** The lanes drawn now, in their order ("Other" included). */
  lanes: TimelineLane[];
  /** Lanes the reader can choose from, hidden ones included. */
  options: TimelineLane[];
  choice: LaneChoice;
  onChange: (choice: LaneChoice) => void;
}

/** Order and hide lanes: move up/down among the drawn lanes, a checkbox per lane for showing it. */
export function LaneMenu({ lanes, options, choice, onChange }: LaneMenuProps) {
  const shownKeys = lanes.map((lane) => lane.key).filter((key) => key !== OTHER_LANE_KEY);
  const hidden = new Set(choice.hidden);
  const move = (key: string, direction: -1 | 1) => onChange({ ...choice, order: moveLane(shownKeys, key, direction) });
  return (
    <details className={styles.menu}>
      <summary>Arrange lanes</summary>
      <div className={styles.panel}>
        <p className={styles.hint}>At most 12 lanes are drawn; the rest count as “Other”.</p>
        <ol className={styles.list} aria-label="Lanes drawn, in order">
          {shownKeys.map((key, index) => {
            const lane = lanes.find((l) => l.key === key)!;
            return (
              <li key={key}>
                <span className={styles.name}>{lane.label}</span>
                <button type="button" onClick={() => move(key, -1)} disabled={index === 0} aria-label={`Move ${lane.label} up`}>↑</button>
                <button type="button" onClick={() => move(key, 1)} disabled={index === shownKeys.length - 1} aria-label={`Move ${lane.label} down`}>↓</button>
                <button type="button" onClick={() => onChange(toggleHidden(choice, key))} aria-label={`Hide ${lane.label}`}>Hide</button>
              </li>
            );
          })}
        </ol>
        <fieldset className={styles.options}>
          <legend>Show lanes</legend>
          {options.map((lane) => (
            <label key={lane.key}>
              <input
                type="checkbox"
                checked={!hidden.has(lane.key)}
                onChange={() => onChange(hidden.has(lane.key) ? toggleHidden(choice, lane.key) : shownKeys.includes(lane.key) ? toggleHidden(choice, lane.key) : { order: [...shownKeys, lane.key], hidden: choice.hidden })}
              />{" "}
              {lane.label} <span className="muted">({lane.count})</span>
            </label>
          ))}
        </fieldset>
        {(choice.order.length > 0 || choice.hidden.length > 0) && (
          <button type="button" onClick={() => onChange({ order: [], hidden: [] })}>Reset lanes</button>
        )}
      </div>
    </details>
  );
}
