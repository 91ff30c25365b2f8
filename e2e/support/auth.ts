import type { APIRequestContext } from "@playwright/test";
import type { TestUser } from "./database";

export const STORAGE = { editor: "playwright/.auth/editor.json", viewer: "playwright/.auth/viewer.json", admin: "playwright/.auth/admin.json" } as const;

/** Signs in over HTTP, as a script would; the session cookie stays in the request context. */
export async function signInOverHttp(request: APIRequestContext, baseURL: string, user: TestUser): Promise<void> {
  const response = await request.post("/api/auth/sign-in/email", {
    data: { email: user.email, password: user.password },
    headers: { origin: baseURL },
  });
  if (!response.ok()) throw new Error(`Sign-in failed for ${user.email}: ${response.status()} ${await response.text()}`);
}
