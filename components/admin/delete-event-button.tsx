"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteEventAction } from "@/lib/actions/events/event-form-actions";

/** Deletes at once (deletion can be undone), then shows the admin list with an Undo. */
export function DeleteEventButton({ eventId }: { eventId: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      const result = await deleteEventAction(eventId);
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
