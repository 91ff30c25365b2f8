import type { Metadata } from "next";
import Link from "next/link";
import { getViewer } from "@/lib/auth/get-viewer";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/roles";

export const metadata: Metadata = { title: "Not allowed" };

/** A signed-in person on a page their role does not open (answered with status 403). */
export default async function Forbidden() {
  const viewer = await getViewer();
  const role = viewer.role === "anonymous" ? null : viewer.role;
  return (
    <section aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">This page is not open to your account (403)</h1>
      {role && (
        <p>
          You are signed in as <strong>{viewer.email ?? viewer.name}</strong>, with the role <strong>{ROLE_LABELS[role].toLowerCase()}</strong>: one who {ROLE_DESCRIPTIONS[role]}.
        </p>
      )}
      <p>Ask an admin for another role, or go back to the <Link href="/">timeline</Link>.</p>
    </section>
  );
}
