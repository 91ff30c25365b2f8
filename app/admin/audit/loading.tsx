import { PageSkeleton } from "@/components/layout/page-skeleton";

export default function AuditLoading() {
  return <PageSkeleton label="Loading the audit log…" rows={12} />;
}
