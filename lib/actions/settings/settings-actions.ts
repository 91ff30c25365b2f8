"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/get-viewer";
import type { AppSettings } from "@/lib/domain/app-settings";
import type { ActionResult } from "../action-result";
import { updateAppSettings } from "./update-app-settings";

export async function updateAppSettingsAction(input: unknown): Promise<ActionResult<AppSettings>> {
  const result = await updateAppSettings(input, await getViewer());
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
