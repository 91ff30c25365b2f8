"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteEventAction } from "@/lib/actions/events/event-form-actions";

/**
 * Deletes at once (deletion can be undone), then shows the admin list with an Undo. `version` is the one
 * the form holds, so that a delete after someone else's save is refused with who saved it.
 */
export function DeleteEventButton({ eventId, version }: { eventId: number; version: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      const result = await deleteEventAction(eventId, { version });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      router.push(`/admin?deleted=${eventId}`);
    });
  return (
    <>
      <button type="button" className="button-danger" onClick={remove} disabled={pending}>
        {pending ? "Deleting…" : "Delete event"}
      </button>
      {error && <p role="alert" className="field-error">{error}</p>}
    </>
  );
}
