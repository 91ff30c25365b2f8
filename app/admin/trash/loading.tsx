import { PageSkeleton } from "@/components/layout/page-skeleton";

export default function TrashLoading() {
  return <PageSkeleton label="Loading the trash…" />;
}
