"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { revertEventAction } from "@/lib/actions/events/event-form-actions";

interface RevertEventButtonProps {
  eventId: number;
  /** The revision to bring back. */
  revision: number;
  /** The version the page compared it with; a save made since is refused, not overwritten. */
  version: number;
}

export function RevertEventButton({ eventId, revision, version }: RevertEventButtonProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const revert = () =>
    startTransition(async () => {
      const result = await revertEventAction(eventId, revision, { version });
      if (!result.ok) {
        const fields = Object.values(result.fieldErrors ?? {}).flat();
        setError([result.message, ...fields].join(" "));
        return;
      }
      router.replace(`/admin/events/${eventId}/history`);
    });
  return (
    <p>
      <button type="button" className="button-primary" onClick={revert} disabled={pending}>
        {pending ? "Bringing it back…" : `Bring back version ${revision}`}
      </button>
      {error && <span role="alert" className="field-error"> {error}</span>}
    </p>
  );
}
