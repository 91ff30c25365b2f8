import { PageSkeleton } from "@/components/layout/page-skeleton";

export default function ReviewLoading() {
  return <PageSkeleton label="Loading the review queue…" />;
}
