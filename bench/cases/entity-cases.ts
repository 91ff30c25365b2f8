import { ANONYMOUS } from "@/lib/domain/viewer";
import { getEntityOverview } from "@/lib/queries/entities/get-entity-overview";
import { actorFilter, countryFilter, topicFilter, type Entity } from "@/lib/queries/entities/entity";
import { rawDashboard } from "./dashboard-cases";
import { VISIBLE, type BenchCase, type BenchContext } from "./bench-case";

interface EntityCase {
  name: string;
  entity: Entity;
  /** The entity's events, written by hand: through its link table. */
  where: string;
  param: string | number;
  /** An actor's page lists the other actors. */
  excludeActor: number | null;
}

function entityCases(ctx: BenchContext): EntityCase[] {
  return [
    {
      name: "country page (the most used country)",
      entity: { type: "country", key: ctx.country, name: ctx.country, filter: countryFilter(ctx.country) },
      where: `${VISIBLE} AND EXISTS (SELECT 1 FROM event_countries x WHERE x.event_id = e.id AND x.country_code = ?)`,
      param: ctx.country,
      excludeActor: null,
    },
    {
      name: "topic page (the most used topic)",
      entity: { type: "topic", key: ctx.topic.slug, id: ctx.topic.id, name: ctx.topic.slug, filter: topicFilter(ctx.topic.slug, ctx.topic.id) },
      where: `${VISIBLE} AND EXISTS (SELECT 1 FROM event_topics x WHERE x.event_id = e.id AND x.topic_id = ?)`,
      param: ctx.topic.id,
      excludeActor: null,
    },
    {
      name: "actor page (the most used actor)",
      entity: { type: "actor", key: ctx.actor.slug, id: ctx.actor.id, name: ctx.actor.slug, actorKind: "person", filter: actorFilter(ctx.actor.slug, ctx.actor.id) },
      where: `${VISIBLE} AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.actor_id = ?)`,
      param: ctx.actor.id,
      excludeActor: ctx.actor.id,
    },
  ];
}

/** An actor, country or topic page: its dashboard over all time, its most connected actors and its latest events. */
export function entityPageCases(ctx: BenchContext): BenchCase[] {
  return entityCases(ctx).map(({ name, entity, where, param, excludeActor }) => {
    let interval: "month" | "quarter" | "year" = "year";
    return {
      group: "entity",
      name,
      app: async () => {
        const overview = await getEntityOverview(entity, ANONYMOUS);
        interval = overview.stats.activity.interval;
        return {
          count: overview.stats.headline.counts.events,
          fingerprint: { countries: Object.fromEntries(overview.stats.byCountry.map((c) => [c.code, c.count]).sort()), connected: overview.connected.map((a) => a.shared) },
        };
      },
      raw: async () => {
        const others = excludeActor === null ? "" : " AND ea.actor_id <> ?";
        const [dashboard, connected] = await Promise.all([
          rawDashboard(ctx.raw, where, [param], null, interval),
          ctx.raw.all<{ n: unknown }>(`SELECT ea.actor_id, COUNT(*) AS n FROM events e JOIN event_actors ea ON ea.event_id = e.id
            WHERE ${where}${others} GROUP BY ea.actor_id ORDER BY n DESC LIMIT 10`, excludeActor === null ? [param] : [param, excludeActor]),
          ctx.raw.all(`SELECT e.id FROM events e WHERE ${where} ORDER BY e.earliest DESC, e.id DESC LIMIT 8`, [param]),
        ]);
        return { count: dashboard.count, fingerprint: { countries: Object.fromEntries(Object.entries(dashboard.countries).sort()), connected: connected.map((row) => Number(row.n)) } };
      },
    } satisfies BenchCase;
  });
}
