import { PageSkeleton } from "@/components/layout/page-skeleton";

export default function ImportLoading() {
  return <PageSkeleton label="Loading the import page…" rows={3} />;
}
