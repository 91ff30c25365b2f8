import type { ActivityStats } from "@/lib/queries/get-dashboard-stats";
import type { EventFilter } from "@/lib/filters/event-filter";
import { formatPartialDateLabel } from "@/lib/dates/partial-date";
import styles from "./dashboard.module.css";

const plural = (n: number, one: string, other: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : other}`;

function unknownStartNote(activity: ActivityStats): string | null {
  const { unknownStart: n, unknownStartOngoing: ongoing } = activity;
  if (n === 0) return null;
  const verb = n === 1 ? "is" : "are";
  if (ongoing === n) return `${plural(n, "ongoing event", "ongoing events")} with no known start ${verb} not in this chart.`;
  return `${plural(n, "event", "events")} with no known start${ongoing ? ` (${ongoing} of them ongoing)` : ""} ${verb} not in this chart.`;
}

/** What the chart leaves out and how it counts, so its bars can be squared with the totals above. */
export function ActivityNotes({ activity, filter }: { activity: ActivityStats; filter: EventFilter }) {
  const notes: string[] = [];
  if (activity.series.length > 1) {
    notes.push("An event with several topics counts once in a bar’s total but appears in the stack of each of its topics, so the stacks can add up to more than the total.");
  }
  const other = activity.series.find((series) => series.kind === "other");
  if (other) notes.push(`Other topics: ${other.topicNames.join(", ")}.`);
  const unknown = unknownStartNote(activity);
  if (unknown) notes.push(unknown);
  if (activity.startedBeforePeriod > 0 && filter.from) {
    const n = activity.startedBeforePeriod;
    notes.push(`${plural(n, "event", "events")} that may have begun before ${formatPartialDateLabel(filter.from)} and ${n === 1 ? "runs" : "run"} into the period ${n === 1 ? "is" : "are"} counted above but not in this chart.`);
  }
  if (activity.intervalChoice === "coarsened") notes.push(`The bar size you chose would need too many bars for this span, so the chart shows ${activity.interval}s.`);
  if (!activity.continuous) notes.push(`The span is too long to draw every ${activity.interval}; only ${activity.interval}s with events are shown.`);
  if (notes.length === 0) return null;
  return (
    <ul className={styles.notes}>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
