"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { withdrawPendingChangeAction } from "@/lib/actions/review/review-actions";

/** The author takes their pending change back; the form then shows the published values again. */
export function WithdrawChangeButton({ changeId }: { changeId: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const withdraw = () =>
    startTransition(async () => {
      const result = await withdrawPendingChangeAction(changeId);
      if (!result.ok) return setError(result.message);
      router.refresh();
    });
  return (
    <>
      <button type="button" onClick={withdraw} disabled={pending}>{pending ? "Withdrawing…" : "Withdraw my change"}</button>
      {error && <span role="alert" className="field-error"> {error}</span>}
    </>
  );
}
