"use client";

import { useEffect, useId, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { purgeEventAction } from "@/lib/actions/events/event-form-actions";
import styles from "../admin-table.module.css";

interface PurgeEventButtonProps {
  eventId: number;
  /** The deleted version the trash shows; a purge after a later change is refused. */
  version: number;
  title: string;
}

/**
 * Purging cannot be undone, so it takes two steps: "Purge…" opens a confirmation that names the event, with the
 * focus on Cancel; Escape or Cancel closes it and gives the focus back.
 */
export function PurgeEventButton({ eventId, version, title }: PurgeEventButtonProps) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const openRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const questionId = useId();

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const purge = () =>
    startTransition(async () => {
      const result = await purgeEventAction(eventId, { version });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      router.replace(`/admin/trash?purged=${eventId}`);
    });
  const cancel = () => {
    setError(null);
    setConfirming(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !pending) cancel();
  };

  if (!confirming) {
    return (
      <button ref={openRef} type="button" className="button-danger" onClick={() => setConfirming(true)}>
        Purge…<span className="visually-hidden"> “{title}”</span>
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className={styles.confirm} onKeyDown={onKeyDown}>
      <p id={questionId}>
        Purge “{title}” for good? Its sources, links and history are removed and cannot be restored; only the audit log keeps a copy.
      </p>
      <div className={styles.confirmButtons}>
        <button type="button" className="button-danger" onClick={purge} disabled={pending}>
          {pending ? "Purging…" : `Purge “${title}” for good`}
        </button>
        <button ref={cancelRef} type="button" onClick={cancel} disabled={pending}>
          Cancel<span className="visually-hidden"> purging “{title}”</span>
        </button>
      </div>
      {error && <p role="alert" className="field-error">{error}</p>}
    </div>
  );
}
