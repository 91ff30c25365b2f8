import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getViewer } from "@/lib/auth/get-viewer";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { readAppSettings } from "@/lib/queries/settings/read-app-settings";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  const viewer = await getViewer();
  if (viewer.userId) redirect(next);
  const { publicReading } = await readAppSettings();
  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      <p className="muted">
        {publicReading ? "For editors, reviewers and admins. Reading Chronicle needs no account." : "Chronicle is open to signed-in accounts only. Ask an admin for an invitation."}
      </p>
      <SignInForm next={next} />
    </section>
  );
}
