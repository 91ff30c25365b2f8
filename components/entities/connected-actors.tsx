import Link from "next/link";
import type { ConnectedActor } from "@/lib/queries/entities/find-connected-actors";
import { ACTOR_KIND_LABELS } from "@/lib/domain/event-vocabulary";
import { entityHref } from "@/lib/queries/entities/entity";
import styles from "./entity-page.module.css";

/** Actors sharing the most events with the entity, each linking to its own page. */
export function ConnectedActors({ actors, entityName }: { actors: ConnectedActor[]; entityName: string }) {
  return (
    <section aria-labelledby="connected-heading" className={styles.panel}>
      <h2 id="connected-heading">Most connected actors</h2>
      <p className={styles.note}>Actors named in the same events as {entityName}, by how many events they share.</p>
      {actors.length === 0 ? (
        <p className="muted">No other actor shares an event with {entityName}.</p>
      ) : (
        <ol className={styles.connected}>
          {actors.map((actor) => (
            <li key={actor.slug}>
              <Link href={entityHref("actor", actor.slug)}>{actor.name}</Link>{" "}
              <span className="muted">({ACTOR_KIND_LABELS[actor.kind] ?? actor.kind})</span>
              <span className={styles.shared}>
                {actor.shared} shared event{actor.shared === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
