import { db } from "@/lib/db/client";
import { appSettingsSchema, DEFAULT_APP_SETTINGS, type AppSettingKey, type AppSettings } from "@/lib/domain/app-settings";

/**
 * proxy.ts asks on every request, so the settings are kept in memory for a few seconds: another app instance on the
 * same database sees an admin's change within that time; this instance, at once (forgetAppSettings). Kept on
 * globalThis because the proxy and the pages are separate bundles with their own module state in one process.
 */
const KEEP_MS = 5_000;
const store = globalThis as unknown as { chronicleAppSettings?: { settings: AppSettings; at: number } | null };

export function forgetAppSettings(): void {
  store.chronicleAppSettings = null;
}

/** For a write that depends on a setting: never a value another instance changed a few seconds ago. */
export async function readFreshAppSettings(): Promise<AppSettings> {
  forgetAppSettings();
  return readAppSettings();
}

export async function readAppSettings(now = Date.now()): Promise<AppSettings> {
  const kept = store.chronicleAppSettings;
  if (kept && now - kept.at < KEEP_MS) return kept.settings;
  const rows = await db.appSetting.findMany();
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      stored[row.key] = JSON.parse(row.value);
    } catch {
      // a hand-edited row that is not JSON: its default stands
    }
  }
  const settings = { ...DEFAULT_APP_SETTINGS };
  for (const key of Object.keys(DEFAULT_APP_SETTINGS) as AppSettingKey[]) {
    const value = appSettingsSchema.shape[key].safeParse(stored[key]);
    if (value.success) settings[key] = value.data;
  }
  store.chronicleAppSettings = { settings, at: now };
  return settings;
}
