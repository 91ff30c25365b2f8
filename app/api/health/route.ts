import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/queries/check-database";
import { matrixReadiness } from "@/lib/queries/matrix/matrix-source";

/**
 * Liveness and database reachability, for load balancers and the test runner; `matrix` says whether the event matrix
 * has finished loading (counts run in SQL meanwhile), which the benchmark waits for before it measures.
 */
export async function GET() {
  const database = await checkDatabase();
  return NextResponse.json({ ok: database.ok, database, matrix: matrixReadiness() }, { status: database.ok ? 200 : 503 });
}
