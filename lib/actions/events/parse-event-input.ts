import type { z } from "zod";
import type { ActionResult } from "../action-result";
import { parseInput } from "../parse-input";

/** Parses untrusted event input with the shared schema; failures become invalid_input with field paths. */
export function parseEventInput<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | ActionResult<never> {
  return parseInput(schema, input, "Some fields need attention.");
}
