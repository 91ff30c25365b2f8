"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * A form checked in the browser with the same zod schema the server uses, then sent to a server action; the server's
 * field errors land next to their fields and anything else in `formMessage`.
 */
export function useServerForm<S extends z.ZodType<FieldValues, FieldValues>, T>(schema: S, defaultValues: DefaultValues<z.input<S>>, send: (values: z.output<S>) => Promise<ActionResult<T>>, onDone: (data: T, form: UseFormReturn<z.input<S>, unknown, z.output<S>>) => void) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never), defaultValues, mode: "onSubmit" });
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormMessage(null);
    let result: ActionResult<T>;
    try {
      result = await send(values);
    } catch {
      setFormMessage("Chronicle could not be reached. Check your connection and try again.");
      return;
    }
    if (result.ok) return onDone(result.data, form);
    let placed = false;
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (path === "form") continue;
      form.setError(path as FieldPath<z.input<S>>, { type: "server", message: messages.join(" ") });
      placed = true;
    }
    if (!placed) setFormMessage(result.message);
  });
  return { form, onSubmit, formMessage };
}
