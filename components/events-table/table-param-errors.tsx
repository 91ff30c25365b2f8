import type { ParamError } from "@/lib/filters/event-filter";

/** Says which sorting or paging parameters were ignored and what is shown instead. */
export function TableParamErrors({ errors }: { errors: ParamError[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="alert alert-error">
      <strong>Some of this link’s table settings could not be used:</strong>
      <ul>
        {errors.map((error) => (
          <li key={`${error.param}:${error.message}`}>{error.message}</li>
        ))}
      </ul>
    </div>
  );
}
