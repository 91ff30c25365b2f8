"use client";

import { useEffect, useRef, useState } from "react";
import type { CreatedInvitation } from "@/lib/actions/accounts/invite-user";
import styles from "./accounts.module.css";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

/** The invitation link, shown this once: Chronicle keeps only its hash, so it cannot be shown again. */
export function InvitationLink({ invitation }: { invitation: CreatedInvitation }) {
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const link = `${window.location.origin}/invite/${invitation.token}`;
  useEffect(() => ref.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div ref={ref} tabIndex={-1} role="status" className={`alert ${styles.linkBox}`} aria-labelledby="invitation-link-title">
      <h3 id="invitation-link-title">Invitation for {invitation.email}</h3>
      <p>
        Send this link to them yourself. It works once, until {WHEN.format(new Date(invitation.expiresAt))}, and <strong>is shown only now</strong>.
      </p>
      <label htmlFor="invitation-link">Invitation link</label>
      <div className={styles.linkRow}>
        <input id="invitation-link" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" onClick={copy}>{copied ? "Copied" : "Copy"}</button>
      </div>
    </div>
  );
}
