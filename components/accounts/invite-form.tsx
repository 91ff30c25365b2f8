"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { SelectField } from "@/components/admin/select-field";
import { TextField } from "@/components/admin/text-field";
import { inviteUserAction } from "@/lib/actions/accounts/account-actions";
import type { CreatedInvitation } from "@/lib/actions/accounts/invite-user";
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/roles";
import { invitationInput } from "@/lib/schemas/account";
import { InvitationLink } from "./invitation-link";
import { useServerForm } from "./use-server-form";
import styles from "./accounts.module.css";

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: `${ROLE_LABELS[role]}: ${ROLE_DESCRIPTIONS[role]}` }));

/** An admin invites someone; the link comes back once and is shown here to copy, since no mail is sent. */
export function InviteForm() {
  const router = useRouter();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const { form, onSubmit, formMessage } = useServerForm(invitationInput, { email: "", name: "", role: "editor" }, (values) => inviteUserAction(values), (invitation, form) => {
    setCreated(invitation);
    form.reset();
    router.refresh();
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className={styles.inviteForm} aria-labelledby="invite-title">
        <h2 id="invite-title">Invite someone</h2>
        {formMessage && <p role="alert" className="alert alert-error">{formMessage}</p>}
        <TextField path="email" label="Email" type="email" autoComplete="off" required />
        <TextField path="name" label="Name" autoComplete="off" required />
        <SelectField path="role" label="Role" options={ROLE_OPTIONS} />
        <button type="submit" className="button-primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Making the link…" : "Make an invitation link"}
        </button>
      </form>
      {created && <InvitationLink invitation={created} />}
    </FormProvider>
  );
}
