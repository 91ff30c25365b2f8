import { z } from "zod";

/** The settings an admin changes in the UI: each with its default and what it means. */
export const appSettingsSchema = z.object({
  /** Signed-out visitors may read published events (pages, the API and feeds); off, they are asked to sign in. */
  publicReading: z.boolean({ error: "Say whether signed-out visitors may read: true or false." }),
  /** An editor's edit to a published event waits for a reviewer as a pending change; readers keep the published version meanwhile. */
  holdPublishedEdits: z.boolean({ error: "Say whether edits to published events wait for review: true or false." }),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;
export type AppSettingKey = keyof AppSettings;

export const DEFAULT_APP_SETTINGS: AppSettings = { publicReading: true, holdPublishedEdits: false };

export const APP_SETTING_LABELS: Record<AppSettingKey, string> = {
  publicReading: "Signed-out visitors may read published events",
  holdPublishedEdits: "Editors' changes to published events wait for review",
};
