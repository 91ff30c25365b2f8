"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { updateAppSettingsAction } from "@/lib/actions/settings/settings-actions";
import { APP_SETTING_LABELS, type AppSettings } from "@/lib/domain/app-settings";

/** The admin's settings; saved together, and each change is an entry in the audit log. */
export function SettingsForm({ settings }: { settings: AppSettings }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "saved" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      setMessage(null);
      const result = await updateAppSettingsAction({ publicReading: data.get("publicReading") === "on", holdPublishedEdits: data.get("holdPublishedEdits") === "on" });
      if (!result.ok) return setMessage({ kind: "error", text: result.message });
      setMessage({ kind: "saved", text: "Settings saved." });
      router.refresh();
    });
  };
  return (
    <form onSubmit={onSubmit}>
      <fieldset>
        <legend>Reading</legend>
        <label>
          <input type="checkbox" name="publicReading" defaultChecked={settings.publicReading} aria-describedby="public-reading-hint" /> {APP_SETTING_LABELS.publicReading}
        </label>
        <p id="public-reading-hint" className="muted hint">
          Off, anyone signed out is sent to the sign-in page, and the API answers them 401. Accounts of every role still read.
        </p>
      </fieldset>
      <fieldset>
        <legend>Review</legend>
        <label>
          <input type="checkbox" name="holdPublishedEdits" defaultChecked={settings.holdPublishedEdits} aria-describedby="hold-edits-hint" /> {APP_SETTING_LABELS.holdPublishedEdits}
        </label>
        <p id="hold-edits-hint" className="muted hint">
          On, an editor&apos;s save of a published event becomes a pending change in the review queue, and readers keep seeing the published version until a reviewer approves it. Reviewers&apos; and admins&apos; own edits apply at once. Either way, only reviewers and admins publish.
        </p>
      </fieldset>
      <button type="submit" className="button-primary" disabled={pending}>{pending ? "Saving…" : "Save settings"}</button>
      {message && (
        <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "alert alert-error" : "alert"}>{message.text}</p>
      )}
    </form>
  );
}
