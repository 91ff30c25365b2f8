"use client";

import { Controller, useFormContext } from "react-hook-form";
import { EventPicker } from "./event-picker";
import type { KnownEvents } from "./use-known-events";

interface EventPickerFieldProps {
  /** A field holding an event id: null (or 0, for a new relation) while none is chosen. */
  path: string;
  label: string;
  known: KnownEvents;
  excludeId?: number;
  emptyText: string;
  clearLabel?: string;
}

/** An event picker bound to a form field; the label of each event picked is kept for as long as the form is open. */
export function EventPickerField({ path, known, ...picker }: EventPickerFieldProps) {
  const { control } = useFormContext();
  return (
    <Controller
      name={path}
      control={control}
      render={({ field }) => (
        <EventPicker
          {...picker}
          path={path}
          value={known.optionFor(field.value)}
          onChange={(event) => {
            if (event) known.remember(event);
            field.onChange(event ? event.id : null);
          }}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
