import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompareRevisionsForm } from "@/components/admin/compare-revisions-form";
import { RevisionChanges } from "@/components/admin/revision-changes";
import { requirePageRole } from "@/lib/auth/require-role";
import { canEdit } from "@/lib/domain/viewer";
import { parseEventId } from "@/lib/http/parse-list-params";
import { getEventForEdit } from "@/lib/queries/get-event-for-edit";
import { getEventRevisionState, listEventRevisions } from "@/lib/queries/list-event-revisions";
import { loadStateLabels } from "@/lib/queries/load-state-labels";
import { diffEventStates } from "@/lib/revisions/diff-event-states";

export const metadata: Metadata = { title: "Compare two versions" };

function versionParam(value: string | string[] | undefined): number | null {
  return typeof value === "string" ? parseEventId(value) : null;
}

/** Any two revisions of an event side by side, field by field (sources and relations item by item). */
export default async function CompareRevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id: raw }, query] = await Promise.all([params, searchParams]);
  await requirePageRole(canEdit);
  const id = parseEventId(raw);
  const event = id ? await getEventForEdit(id) : null;
  if (!event) notFound();
  const revisions = await listEventRevisions(event.id);
  const from = versionParam(query.from);
  const to = versionParam(query.to);
  const known = new Set(revisions.map((revision) => revision.version));
  const problems = [
    from === null ? "Choose the version to compare from (from=)." : !known.has(from) ? `This event has no version ${from}.` : null,
    to === null ? "Choose the version to compare to (to=)." : !known.has(to) ? `This event has no version ${to}.` : null,
  ].filter((problem): problem is string => problem !== null);
  const [before, after] = problems.length === 0 ? await Promise.all([getEventRevisionState(event.id, from!), getEventRevisionState(event.id, to!)]) : [null, null];
  const changes = before && after ? diffEventStates(before, after, await loadStateLabels([before, after])) : null;

  return (
    <>
      <p><Link href={`/admin/events/${event.id}/history`}>← History of “{event.values.title}”</Link></p>
      <h1>Compare two versions of “{event.values.title}”</h1>
      <CompareRevisionsForm eventId={event.id} revisions={revisions} from={from ?? undefined} to={to ?? undefined} />
      {problems.length > 0 ? (
        <div role="alert" className="alert alert-error">
          {problems.map((problem) => <p key={problem}>{problem}</p>)}
        </div>
      ) : changes && changes.length === 0 ? (
        <p>Versions {from} and {to} are the same.</p>
      ) : (
        changes && <RevisionChanges caption={`From version ${from} to version ${to}`} changes={changes} />
      )}
    </>
  );
}
