import { checkEventDate, formatEventDate } from "@/lib/dates/event-date";
import { readEventDate } from "@/lib/schemas/event-input";

interface DateInputs {
  start: { precision: string; value?: string };
  end?: { precision: string; value?: string };
  approximate?: boolean;
}

/** What readers will see as the date while the editor types; null while the date is incomplete or impossible. */
export function previewDateLabel(inputs: DateInputs): string | null {
  const date = readEventDate({
    start: { precision: inputs.start.precision as never, value: inputs.start.value ?? "" },
    end: { precision: (inputs.end?.precision ?? "none") as never, value: inputs.end?.value ?? "" },
    approximate: inputs.approximate ?? false,
  });
  if (!date || checkEventDate(date)) return null;
  return formatEventDate(date);
}
