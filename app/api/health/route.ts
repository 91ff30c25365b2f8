import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/queries/check-database";

/** Liveness and database reachability, for load balancers and the test runner. */
export async function GET() {
  const database = await checkDatabase();
  return NextResponse.json({ ok: database.ok, database }, { status: database.ok ? 200 : 503 });
}
