import type { Viewer } from "@/lib/domain/viewer";
import { getDashboardStats, type DashboardStats } from "../get-dashboard-stats";
import { findEvents } from "../find-events";
import type { EventSummary } from "../event-summary";
import { findConnectedActors, type ConnectedActor } from "./find-connected-actors";
import type { Entity } from "./entity";

export const LATEST_EVENTS = 8;

export interface EntityOverview {
  /** The dashboard's numbers with the filter narrowed to the entity: headline, activity, countries, actors. */
  stats: DashboardStats;
  connected: ConnectedActor[];
  latest: EventSummary[];
}

/** Everything an actor, country or topic page shows; every count is SQL with the shared WHERE. */
export async function getEntityOverview(entity: Entity, viewer: Viewer): Promise<EntityOverview> {
  const [stats, connected, latest] = await Promise.all([
    getDashboardStats({ filter: entity.filter, viewer }),
    findConnectedActors(entity, viewer),
    findEvents({ filter: entity.filter, viewer, sort: "-date", pageSize: LATEST_EVENTS }),
  ]);
  return { stats, connected, latest: latest.rows };
}
