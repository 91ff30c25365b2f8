import { test as setup } from "@playwright/test";
import { createTestUser } from "./support/database";
import { signInOverHttp, STORAGE } from "./support/auth";

for (const role of ["editor", "viewer", "admin"] as const) {
  setup(`sign in once as ${role}`, async ({ request, baseURL }) => {
    const user = await createTestUser(role);
    await signInOverHttp(request, baseURL!, user);
    await request.storageState({ path: STORAGE[role] });
  });
}
