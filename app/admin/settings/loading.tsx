import { PageSkeleton } from "@/components/layout/page-skeleton";

export default function SettingsLoading() {
  return <PageSkeleton label="Loading settings…" rows={2} />;
}
