import Link from "next/link";
import { ACTOR_KIND_LABELS } from "@/lib/domain/event-vocabulary";
import { entityQuery, type Entity } from "@/lib/queries/entities/entity";
import type { EntityOverview } from "@/lib/queries/entities/get-entity-overview";
import { HeadlineCards } from "@/components/dashboard/headline-cards";
import { ActivityChart } from "@/components/dashboard/activity-chart";
import { CountryChart } from "@/components/dashboard/country-chart";
import dashboardStyles from "@/components/dashboard/dashboard.module.css";
import { ConnectedActors } from "./connected-actors";
import { LatestEvents } from "./latest-events";
import styles from "./entity-page.module.css";

const TYPE_LABEL = { actor: "Actor", country: "Country", topic: "Topic" } as const;

/** The page of one actor, country or topic: the dashboard narrowed to it, its latest events and its connections. */
export function EntityPage({ entity, overview }: { entity: Entity; overview: EntityOverview }) {
  const query = entityQuery(entity);
  const { stats } = overview;
  const empty = stats.headline.counts.events === 0;
  return (
    <>
      <div className={styles.header}>
        <p className={styles.type}>{TYPE_LABEL[entity.type]}{entity.type === "actor" ? ` · ${ACTOR_KIND_LABELS[entity.actorKind] ?? entity.actorKind}` : ""}{entity.type === "country" ? ` · ${entity.key}` : ""}</p>
        <h1>{entity.name}</h1>
        <nav aria-label={`${entity.name} elsewhere`} className={styles.links}>
          <Link href={`/?${query}`}>Timeline</Link> · <Link href={`/events?${query}`}>Events table</Link> · <Link href={`/dashboard?${query}`}>Dashboard</Link>
        </nav>
      </div>
      <HeadlineCards headline={stats.headline} filter={entity.filter} />
      <div className={styles.columns}>
        <LatestEvents events={overview.latest} total={stats.headline.counts.events} timelineHref={`/?${query}`} tableHref={`/events?${query}&sort=-date`} />
        <ConnectedActors actors={overview.connected} entityName={entity.name} />
      </div>
      {!empty && (
        <div className={dashboardStyles.charts}>
          <div className={dashboardStyles.wide}>
            <ActivityChart activity={stats.activity} filter={entity.filter} />
          </div>
          {entity.type !== "country" && <CountryChart countries={stats.byCountry} filter={entity.filter} />}
        </div>
      )}
    </>
  );
}
