"use client";

import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { TextField } from "@/components/admin/text-field";
import { acceptInvitationAction } from "@/lib/actions/accounts/account-actions";
import { acceptInvitationInput } from "@/lib/schemas/account";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/passwords";
import { useServerForm } from "./use-server-form";
import styles from "./accounts.module.css";

/** The invitee chooses the name they go by and a password; then they are signed in and sent on. */
export function AcceptInvitationForm({ token, name, next }: { token: string; name: string; next: string }) {
  const router = useRouter();
  const { form, onSubmit, formMessage } = useServerForm(acceptInvitationInput, { name, password: "", confirmPassword: "" }, (values) => acceptInvitationAction(token, values), (result) => {
    router.push(result.signedIn ? next : `/sign-in?next=${encodeURIComponent(next)}`);
    router.refresh();
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className={styles.acceptForm}>
        {formMessage && <p role="alert" className="alert alert-error">{formMessage}</p>}
        <TextField path="name" label="Your name" autoComplete="name" required />
        <TextField path="password" label="Password" type="password" autoComplete="new-password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} required />
        <TextField path="confirmPassword" label="Password again" type="password" autoComplete="new-password" required />
        <button type="submit" className="button-primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Making your account…" : "Make my account"}
        </button>
      </form>
    </FormProvider>
  );
}
