import type { Metadata } from "next";
import { SettingsForm } from "@/components/settings/settings-form";
import { requirePageRole } from "@/lib/auth/require-role";
import { canAdminister } from "@/lib/domain/viewer";
import { forgetAppSettings, readAppSettings } from "@/lib/queries/settings/read-app-settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageRole(canAdminister);
  forgetAppSettings(); // the page shows what is stored now, not what this instance kept
  const settings = await readAppSettings();
  return (
    <>
      <h1>Settings</h1>
      <SettingsForm settings={settings} />
    </>
  );
}
