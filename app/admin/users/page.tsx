import type { Metadata } from "next";
import { AccountControls } from "@/components/accounts/account-controls";
import { InviteForm } from "@/components/accounts/invite-form";
import { WithdrawInvitationButton } from "@/components/accounts/withdraw-invitation-button";
import styles from "@/components/accounts/accounts.module.css";
import tables from "@/components/admin/admin-table.module.css";
import { requirePageRole } from "@/lib/auth/require-role";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { canAdminister } from "@/lib/domain/viewer";
import { listAccounts, listOpenInvitations } from "@/lib/queries/accounts/list-accounts";
import { formatUtcMinute } from "@/lib/dates/format-utc-time";

export const metadata: Metadata = { title: "Accounts" };

const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

const STATUS_LABELS = { waiting: "Waiting", accepted: "Accepted", withdrawn: "Withdrawn", expired: "Expired" } as const;

export default async function AccountsPage() {
  const viewer = await requirePageRole(canAdminister);
  const [accounts, invitations] = await Promise.all([listAccounts(), listOpenInvitations()]);
  return (
    <>
      <h1>Accounts</h1>
      <p className="muted">Who may sign in, and what each may do. Deactivated accounts cannot sign in; what they wrote keeps their name.</p>
      <section aria-labelledby="accounts-title">
        <h2 id="accounts-title">People ({accounts.length})</h2>
        <div className={tables.scroll}>
          <table className={`${tables.table} ${tables.stacked}`}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id} className={account.active ? undefined : styles.inactive}>
                  <td data-label="Name">{account.name}{account.id === viewer.userId && <span className="muted"> (you)</span>}</td>
                  <td data-label="Email">{account.email}</td>
                  <td data-label="Role">{ROLE_LABELS[account.role]}</td>
                  <td data-label="Status">{account.active ? "Active" : "Deactivated"}</td>
                  <td data-label="Last sign-in">{account.lastSignInAt ? formatUtcMinute(account.lastSignInAt) : "Never"}</td>
                  <td>
                    <AccountControls userId={account.id} email={account.email} role={account.role} active={account.active} isSelf={account.id === viewer.userId} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <InviteForm />
      <section aria-labelledby="invitations-title">
        <h2 id="invitations-title">Invitations not yet accepted</h2>
        {invitations.length === 0 ? (
          <p className="muted">No invitations are waiting.</p>
        ) : (
          <div className={tables.scroll}>
            <table className={`${tables.table} ${tables.stacked}`}>
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Invited</th>
                  <th scope="col">Expires</th>
                  <th scope="col"><span className="visually-hidden">Withdraw</span></th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <td data-label="Email">{invitation.email}</td>
                    <td data-label="Name">{invitation.name}</td>
                    <td data-label="Role">{ROLE_LABELS[invitation.role]}</td>
                    <td data-label="Status">{STATUS_LABELS[invitation.status]}</td>
                    <td data-label="Invited">{DAY.format(invitation.createdAt)}{invitation.invitedBy ? ` by ${invitation.invitedBy}` : ""}</td>
                    <td data-label="Expires">{DAY.format(invitation.expiresAt)}</td>
                    <td>{invitation.status === "waiting" && <WithdrawInvitationButton id={invitation.id} email={invitation.email} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
