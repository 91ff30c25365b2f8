import { headers } from "next/headers";

/** Set by proxy.ts on every request: the path and query asked for, so a layout can send a signed-out visitor back to it. */
export const REQUEST_PATH_HEADER = "x-chronicle-path";

export async function currentRequestPath(): Promise<string> {
  return (await headers()).get(REQUEST_PATH_HEADER) ?? "/";
}
