import { db } from "@/lib/db/client";
import { appSettingsSchema, type AppSettingKey, type AppSettings } from "@/lib/domain/app-settings";
import type { Viewer } from "@/lib/domain/viewer";
import { forgetAppSettings, readAppSettings } from "@/lib/queries/settings/read-app-settings";
import type { ActionResult } from "../action-result";
import { checkAdmin } from "../accounts/check-admin";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";

/** An admin changes some settings; each change that alters a value is one audit entry. */
export async function updateAppSettings(input: unknown, viewer: Viewer): Promise<ActionResult<AppSettings>> {
  const refused = checkAdmin(viewer, "change settings");
  if (refused) return refused;
  const parsed = parseInput(appSettingsSchema.partial().strict(), input, "The settings could not be saved: check the fields marked.");
  if (!parsed.ok) return parsed;
  forgetAppSettings();
  const before = await readAppSettings();
  await db.$transaction(async (tx) => {
    for (const [key, value] of Object.entries(parsed.data) as [AppSettingKey, AppSettings[AppSettingKey]][]) {
      if (value === undefined || before[key] === value) continue;
      await tx.appSetting.upsert({ where: { key }, create: { key, value: JSON.stringify(value) }, update: { value: JSON.stringify(value) } });
      await recordAudit({ action: "setting.change", actor: viewer, detail: { key, from: before[key], to: value } }, tx);
    }
  });
  forgetAppSettings();
  return { ok: true, data: await readAppSettings() };
}
