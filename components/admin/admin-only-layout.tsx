import type { ReactNode } from "react";
import { requirePageRole } from "@/lib/auth/require-role";
import { canAdminister } from "@/lib/domain/viewer";

/** Admins only: a 403 for editors and reviewers, decided before the page streams. */
export default async function AdminOnlyLayout({ children }: { children: ReactNode }) {
  await requirePageRole(canAdminister);
  return children;
}
