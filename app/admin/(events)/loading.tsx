import { PageSkeleton } from "@/components/layout/page-skeleton";

export default function AdminLoading() {
  return <PageSkeleton label="Loading events…" />;
}
