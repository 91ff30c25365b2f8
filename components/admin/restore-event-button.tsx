"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { restoreEventAction } from "@/lib/actions/events/event-form-actions";

interface RestoreEventButtonProps {
  eventId: number;
  /** The deleted version the page shows; a restore after a later change is refused. */
  version: number;
  /** Visible text; the event's title is added for screen readers so that each button has its own name. */
  label: string;
  title: string;
  /** Where to go after restoring; stays on the page (refreshed) when absent. */
  redirectTo?: string;
}

export function RestoreEventButton({ eventId, version, label, title, redirectTo }: RestoreEventButtonProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const restore = () =>
    startTransition(async () => {
      const result = await restoreEventAction(eventId, { version });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      if (redirectTo) router.replace(redirectTo);
      else router.refresh();
    });
  return (
    <>
      <button type="button" onClick={restore} disabled={pending}>
        {pending ? "Restoring…" : label}
        <span className="visually-hidden"> “{title}”</span>
      </button>
      {error && <span role="alert" className="field-error"> {error}</span>}
    </>
  );
}
