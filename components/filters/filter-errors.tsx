import type { ParamError } from "@/lib/filters/event-filter";

/** Says which URL parameters were ignored and why. */
export function FilterErrors({ errors }: { errors: ParamError[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="alert alert-error">
      <strong>Some of this link’s filters could not be used and were left out:</strong>
      <ul>
        {errors.map((error) => (
          <li key={`${error.param}:${error.message}`}>{error.message}</li>
        ))}
      </ul>
    </div>
  );
}
