import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requirePageRole } from "@/lib/auth/require-role";
import { canEdit } from "@/lib/domain/viewer";

/** Editors, reviewers and admins only; decided here, outside every loading boundary under /admin, so a reader gets a 403. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageRole(canEdit);
  return (
    <>
      <AdminNav viewer={viewer} />
      {children}
    </>
  );
}
