import { PageSkeleton } from "@/components/layout/page-skeleton";

export default function ImportsLoading() {
  return <PageSkeleton label="Loading the imports…" />;
}
