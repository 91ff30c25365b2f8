"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { authClient } from "./auth-client";
import styles from "./sign-in-form.module.css";

function describeFailure(status: number | undefined, message: string | undefined): string {
  if (status === 401 || status === 400) return "That email and password do not match an account. Check both and try again.";
  if (status === 429) return message ?? "Too many attempts. Wait a minute, then try again.";
  if (status === 403 && message) return message;
  return message ? `Signing in failed: ${message}` : "Signing in failed. Try again in a moment.";
}

/** Email and password; on success goes to `next` (already checked to be a path on this site). */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!email || !password) {
      setError("Enter your email and your password.");
      return;
    }
    startTransition(async () => {
      setError(null);
      try {
        const result = await authClient.signIn.email({ email, password });
        if (result.error) {
          setError(describeFailure(result.error.status, result.error.message));
          return;
        }
        router.push(next);
        router.refresh();
      } catch {
        setError("Chronicle could not be reached. Check your connection and try again.");
      }
    });
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-describedby={error ? "sign-in-error" : undefined}>
      {error && (
        <p id="sign-in-error" role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      <div className={styles.field}>
        <label htmlFor="sign-in-email">Email</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required aria-invalid={error ? true : undefined} />
      </div>
      <div className={styles.field}>
        <label htmlFor="sign-in-password">Password</label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required aria-invalid={error ? true : undefined} />
      </div>
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
