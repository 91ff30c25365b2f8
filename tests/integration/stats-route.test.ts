import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/v1/stats/route";
import { findEvents } from "@/lib/queries/find-events";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { ANONYMOUS } from "@/lib/domain/viewer";

const get = (query: string) => GET(new NextRequest(`http://localhost:3000/api/v1/stats?${query}`, { headers: { host: "localhost:3000" } }));

describe("GET /api/v1/stats", () => {
  it("answers the dashboard's numbers for the filter, with the previous period as a query", async () => {
    const response = await get("from=2025-06&to=2025-06&interval=month");
    expect(response.status).toBe(200);
    const body = await response.json();
    const loaded = await loadEventFilter(new URLSearchParams("from=2025-06&to=2025-06"));
    if (!loaded.ok) throw new Error("filter");
    const { total } = await findEvents({ filter: loaded.filter, viewer: ANONYMOUS });
    expect(body.data.headline.counts.events).toBe(total);
    expect(body.data.headline.previous).toMatchObject({ query: "from=2025-05&to=2025-05", label: "May 2025" });
    expect(body.data.activity.interval).toBe("month");
    expect(body.query).toBe("from=2025-06&to=2025-06");
  });

  it("answers 400 naming every bad parameter, including the interval", async () => {
    const response = await get("interval=week&country=XX&colour=red");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.params.map((p: { param: string }) => p.param).sort()).toEqual(["colour", "country", "interval"]);
  });
});
