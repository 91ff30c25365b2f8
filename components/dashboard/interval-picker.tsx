import Link from "next/link";
import { serializeEventFilter, type EventFilter } from "@/lib/filters/event-filter";
import type { BucketInterval } from "@/lib/charts/bucket-keys";
import { INTERVAL_PARAM } from "@/lib/dashboard/interval-param";
import styles from "./dashboard.module.css";

const CHOICES: { value: BucketInterval | undefined; label: string }[] = [
  { value: undefined, label: "Automatic" },
  { value: "month", label: "Months" },
  { value: "quarter", label: "Quarters" },
  { value: "year", label: "Years" },
];

function dashboardHref(filter: EventFilter, interval: BucketInterval | undefined): string {
  const params = serializeEventFilter(filter);
  if (interval) params.set(INTERVAL_PARAM, interval);
  const query = params.toString();
  return query ? `/dashboard?${query}` : "/dashboard";
}

/** Bar size as links, so the choice lives in the URL next to the filter and works without script. */
export function IntervalPicker({ filter, requested, effective }: { filter: EventFilter; requested?: BucketInterval; effective: BucketInterval }) {
  return (
    <nav aria-label="Bar size" className={styles.intervalPicker}>
      <span className={styles.intervalLabel} aria-hidden="true">Bar size:</span>
      <ul>
        {CHOICES.map((choice) => {
          const current = choice.value === requested;
          return (
            <li key={choice.label}>
              <Link href={dashboardHref(filter, choice.value)} aria-current={current ? "true" : undefined} className={current ? styles.intervalCurrent : undefined} scroll={false}>
                {choice.value ? choice.label : requested ? "Automatic" : `Automatic (${effective}s)`}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
