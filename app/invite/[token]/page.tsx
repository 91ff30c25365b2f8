import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/accounts/accept-invitation-form";
import { getViewer } from "@/lib/auth/get-viewer";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, isRole } from "@/lib/domain/roles";
import { canEdit } from "@/lib/domain/viewer";
import { findInvitationByToken } from "@/lib/queries/accounts/find-invitation";

export const metadata: Metadata = { title: "Accept an invitation", robots: { index: false } };

function withArticle(noun: string) {
  return (
    <>
      {/^[aeiou]/.test(noun) ? "an" : "a"} <strong>{noun}</strong>
    </>
  );
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, viewer] = await Promise.all([findInvitationByToken(token), getViewer()]);
  return (
    <section aria-labelledby="invite-title">
      <h1 id="invite-title">Join Chronicle</h1>
      {!invitation.ok ? (
        <p className="alert alert-error" role="alert">{invitation.problem} <Link href="/sign-in">Sign in</Link></p>
      ) : (
        <>
          {viewer.userId && (
            <p className="alert">You are signed in as {viewer.email}. Accepting makes a second account for {invitation.email} and signs you in as it.</p>
          )}
          <p>
            An admin invited <strong>{invitation.email}</strong>
            {isRole(invitation.role) && (
              <>
                {" "}as {withArticle(ROLE_LABELS[invitation.role].toLowerCase())}, who {ROLE_DESCRIPTIONS[invitation.role]}
              </>
            )}
            . Choose a password to finish.
          </p>
          <AcceptInvitationForm token={token} name={invitation.name} next={isRole(invitation.role) && canEdit({ userId: "new", role: invitation.role }) ? "/admin" : "/"} />
        </>
      )}
    </section>
  );
}
