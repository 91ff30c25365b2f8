"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { revokeInvitationAction } from "@/lib/actions/accounts/account-actions";

export function WithdrawInvitationButton({ id, email }: { id: number; email: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const withdraw = () =>
    startTransition(async () => {
      const result = await revokeInvitationAction(id);
      if (!result.ok) setMessage(result.message);
      else router.refresh();
    });
  return (
    <>
      <button type="button" onClick={withdraw} disabled={pending}>
        Withdraw<span className="visually-hidden"> the invitation for {email}</span>
      </button>
      {message && <span role="alert" className="field-error"> {message}</span>}
    </>
  );
}
