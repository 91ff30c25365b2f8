import Link from "next/link";
import type { DashboardHeadline, HeadlineCounts } from "@/lib/queries/get-dashboard-stats";
import type { EventFilter } from "@/lib/filters/event-filter";
import { formatChange, type Change } from "@/lib/charts/percent-change";
import { eventsHref } from "@/lib/dashboard/drill-down";
import { EVENT_UNIT, formatCount } from "@/lib/charts/chart-data";
import styles from "./dashboard.module.css";

const METRICS: { key: keyof HeadlineCounts; label: string }[] = [
  { key: "events", label: "Events" },
  { key: "countries", label: "Countries involved" },
  { key: "actors", label: "Actors involved" },
  { key: "topics", label: "Topics" },
];

const ARROWS: Record<Change["kind"], string> = { up: "▲", down: "▼", new: "▲", same: "=" };

/** Headline numbers for the filter, each set against the previous period of equal length when there is one. */
export function HeadlineCards({ headline, filter }: { headline: DashboardHeadline; filter: EventFilter }) {
  const { previous } = headline;
  return (
    <section aria-labelledby="headline-heading" className={styles.headline}>
      <h2 id="headline-heading" className="visually-hidden">Summary</h2>
      {previous && (
        <p className={styles.comparing}>
          {headline.periodLabel} compared with <strong>{previous.label}</strong>
        </p>
      )}
      <dl className={styles.cards}>
        {METRICS.map(({ key, label }) => {
          const change = previous?.change[key];
          return (
            <div key={key} className={styles.card}>
              <dt className={styles.cardLabel}>{label}</dt>
              <dd className={styles.cardValue}>{headline.counts[key].toLocaleString("en-GB")}</dd>
              {previous && change && (
                <dd className={styles.cardChange}>
                  <span aria-hidden="true">{ARROWS[change.kind]} </span>
                  {formatChange(change)} <span className="muted">from {previous.counts[key].toLocaleString("en-GB")}</span>
                </dd>
              )}
            </div>
          );
        })}
      </dl>
      <p className={styles.headlineLinks}>
        {headline.counts.events > 0 && <Link href={eventsHref(filter)}>List these {formatCount(headline.counts.events, EVENT_UNIT)}</Link>}
        {headline.counts.events > 0 && previous && previous.counts.events > 0 && " · "}
        {previous && previous.counts.events > 0 && (
          <Link href={eventsHref(previous.filter)}>List the {formatCount(previous.counts.events, EVENT_UNIT)} of {previous.label}</Link>
        )}
      </p>
      <p className={styles.notes}>
        {previous
          ? `${previous.label} is the period of the same length just before, with the same other filters. An event counts in a period when it may have happened in it, so a long or ongoing event can count in both.`
          : "Choose both a From and a To date in the filters to compare these numbers with the period of the same length just before."}
      </p>
    </section>
  );
}
