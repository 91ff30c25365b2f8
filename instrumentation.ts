/**
 * Runs once when a server starts: the event matrix (lib/queries/matrix) starts loading, so that the first reader who
 * combines filters does not wait for it. Not during `next build`, which has no use for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { preloadMatrix } = await import("@/lib/queries/matrix/matrix-source");
  preloadMatrix();
}
