import { db, Prisma } from "../lib/db/client";
import { ANONYMOUS } from "../lib/domain/viewer";
import { eventWhereSql } from "../lib/queries/sql/event-where";
import { laneCountsSql, inLanesSql, inLanesOtherThanSql } from "../lib/queries/sql/lane-sql";
import { getTimelineDensity } from "../lib/queries/get-timeline-density";
import { hydrateEvents } from "../lib/queries/find-events";
const filter = { topics: [], actors: [], countries: [], topicIds: [], actorIds: [] };
const window = { start: Date.UTC(2019, 0, 1) - 90 * 864e5, end: Date.UTC(2020, 0, 1) + 90 * 864e5 };
const where = eventWhereSql(filter as never, ANONYMOUS, window);
const t = async (label: string, f: () => Promise<unknown>) => { const s = performance.now(); await f(); console.log(label, (performance.now() - s).toFixed(0)); };
for (let i = 0; i < 2; i++) {
await t("count", () => db.$queryRaw`SELECT COUNT(*) AS n FROM events e WHERE ${where}`);
await t("lanes", () => db.$queryRaw(laneCountsSql("country", where)));
const shown = ["MY", "CN", "FR", "US", "SG"];
const other = Prisma.sql`NOT ${inLanesSql("country", shown)} AND ${inLanesOtherThanSql("country", [])}`;
await t("other", () => db.$queryRaw`SELECT COUNT(*) AS n FROM events e WHERE ${where} AND ${other}`);
await t("ids", () => db.$queryRaw`SELECT e.id FROM events e WHERE ${where} ORDER BY e.importance DESC, e.earliest ASC, e.latest ASC, e.id ASC LIMIT 60`);
await t("density", () => getTimelineDensity(where, window, 7 * 864e5, { groupBy: "country", shownKeys: shown, extra: { key: "_other", where: other } }));
const ids = (await db.$queryRaw<{ id: number }[]>`SELECT e.id FROM events e WHERE ${where} ORDER BY e.importance DESC LIMIT 60`).map((r) => Number(r.id));
await t("hydrate", () => hydrateEvents(ids));
}
const shown2 = ["MY", "CN", "FR", "US", "SG"];
await t("dens-lanes-only", () => getTimelineDensity(where, window, 7 * 864e5, { groupBy: "country", shownKeys: shown2 }));
await t("dens-other-only", () => getTimelineDensity(where, window, 7 * 864e5, { groupBy: "country", shownKeys: [], extra: { key: "_other", where: Prisma.sql`NOT ${inLanesSql("country", shown2)} AND ${inLanesOtherThanSql("country", [])}` } }));
await t("dens-all-extra", () => getTimelineDensity(where, window, 7 * 864e5, { groupBy: "none", shownKeys: [], extra: { key: "_all", where: Prisma.sql`1 = 1` } }));
