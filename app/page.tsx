import { findEvents } from "@/lib/queries/find-events";
import { getViewer } from "@/lib/auth/get-viewer";

export default async function HomePage() {
  const viewer = await getViewer();
  const result = await findEvents({ filter: { topics: [], actors: [], countries: [], topicIds: [], actorIds: [] }, viewer });
  return (
    <ul>
      {result.rows.map((row) => (
        <li key={row.id}>{row.dateLabel} — {row.title}</li>
      ))}
    </ul>
  );
}
