import { actionError, type ActionResult } from "../action-result";

function isUniqueViolation(error: unknown): boolean {
  // Both generated clients (and their driver adapters) report unique violations as P2002.
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** A slug taken between our check and the write surfaces as the database's unique violation. */
export function mapWriteError(error: unknown, slug: string): ActionResult<never> {
  if (isUniqueViolation(error)) {
    return actionError("invalid_input", "Some fields need attention.", {
      slug: [`The slug “${slug}” is already used by another event; choose another.`],
    });
  }
  throw error;
}
