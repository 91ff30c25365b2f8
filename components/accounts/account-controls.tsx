"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { changeRoleAction, setAccountActiveAction } from "@/lib/actions/accounts/account-actions";
import type { ActionResult } from "@/lib/actions/action-result";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/domain/roles";
import styles from "./accounts.module.css";

interface AccountControlsProps {
  userId: string;
  email: string;
  role: Role;
  active: boolean;
  isSelf: boolean;
}

/** A row's role picker and its deactivate/reactivate button; each names the account for screen readers. */
export function AccountControls({ userId, email, role, active, isSelf }: AccountControlsProps) {
  const router = useRouter();
  const id = useId();
  const [chosen, setChosen] = useState<Role>(role);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setMessage(null);
      const result = await action();
      if (!result.ok) setMessage(result.message);
      else router.refresh();
    });
  return (
    <div className={styles.controls}>
      <label htmlFor={`${id}-role`} className="visually-hidden">Role of {email}</label>
      <select id={`${id}-role`} value={chosen} onChange={(event) => setChosen(event.target.value as Role)} disabled={pending}>
        {ROLES.map((r) => (
          <option key={r} value={r}>{ROLE_LABELS[r]}</option>
        ))}
      </select>
      <button type="button" disabled={pending || chosen === role} onClick={() => run(() => changeRoleAction(userId, chosen))}>
        Change role<span className="visually-hidden"> of {email}</span>
      </button>
      {!isSelf && (
        <button type="button" className={active ? "button-danger" : undefined} disabled={pending} onClick={() => run(() => setAccountActiveAction(userId, !active))}>
          {active ? "Deactivate" : "Reactivate"}<span className="visually-hidden"> {email}</span>
        </button>
      )}
      {message && <p role="alert" className="field-error">{message}</p>}
    </div>
  );
}
