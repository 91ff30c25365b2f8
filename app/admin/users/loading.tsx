import { PageSkeleton } from "@/components/layout/page-skeleton";

export default function AccountsLoading() {
  return <PageSkeleton label="Loading accounts…" rows={5} />;
}
