import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

/**
 * BETTER_AUTH_SECRET when set (required when several instances share a database); otherwise a random
 * secret made on first start and kept in .data/, so no secret is built into the code.
 */
export function loadAuthSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.resolve(process.env.CHRONICLE_DATA_DIR ?? ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    // "wx" fails if another process won the race; then read theirs.
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
