"use client";

import Link from "next/link";
import { StatusBadge } from "@/components/events/status-badge";
import { useDuplicateCheck } from "./use-duplicate-check";

/**
 * "This may already be in Chronicle:" with the events the form may be about to create again (or the edited event
 * may repeat), as the editor types. Only a hint, announced politely: it never stops a save. The links open a new
 * tab so that the form keeps what was typed.
 */
export function DuplicateWarning({ excludeId }: { excludeId?: number }) {
  const duplicates = useDuplicateCheck(excludeId);
  return (
    <div role="status" className={duplicates.length ? "alert" : undefined}>
      {duplicates.length > 0 && (
        <>
          <strong>This may already be in Chronicle:</strong>
          <ul>
            {duplicates.map((event) => (
              <li key={event.id}>
                <Link href={`/events/${event.slug}`} target="_blank">
                  {event.title}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </Link>{" "}
                <span className="muted">· {event.dateLabel}</span> <StatusBadge status={event.status} />
                <br />
                <span className="muted">{event.reasons.join("; ")}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
