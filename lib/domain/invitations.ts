export type InvitationStatus = "waiting" | "accepted" | "withdrawn" | "expired";

export interface InvitationDates {
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

export function invitationStatus(invitation: InvitationDates, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "withdrawn";
  return invitation.expiresAt <= now ? "expired" : "waiting";
}

/** Why a link no longer works, in the words its holder needs; null while it works. */
export function invitationProblem(invitation: InvitationDates | null, now = new Date()): string | null {
  if (!invitation) return "This invitation link is not valid. Check that it was copied whole, or ask an admin for a new one.";
  switch (invitationStatus(invitation, now)) {
    case "accepted":
      return "This invitation has been used already. Sign in with the password chosen then.";
    case "withdrawn":
      return "This invitation was withdrawn. Ask an admin for a new one.";
    case "expired":
      return "This invitation has expired. Ask an admin for a new one.";
    default:
      return null;
  }
}
