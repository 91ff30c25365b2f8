/** The media type of an answer that streams progress before its result (see progressStream). */
export const PROGRESS_STREAM_TYPE = "application/x-ndjson";

/** Whether the client asked for progress as it goes (Accept names PROGRESS_STREAM_TYPE). */
export function wantsProgressStream(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes(PROGRESS_STREAM_TYPE);
}

/**
 * A 200 answer of newline-delimited JSON: `{"progress": …}` lines as `work` reports them, then one
 * `{"status": …, "body": …}` line holding the answer `work` settles on, as it would have been sent alone. Long work
 * (an import of a large file) can so show a real progress bar; clients that do not ask get the plain answer.
 */
export function progressStream<P>(work: (report: (progress: P) => void) => Promise<Response>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        const answer = await work((progress) => line({ progress }));
        line({ status: answer.status, body: await answer.json() });
      } catch (error) {
        console.error("A streamed answer failed", error);
        line({ status: 500, body: { error: { code: "internal_error", message: "Something went wrong on the server; nothing was changed if the work was all or nothing." } } });
      }
      controller.close();
    },
  });
  // no-transform: a compressing proxy (or Next's own compression) must not hold the lines back.
  return new Response(body, { headers: { "content-type": `${PROGRESS_STREAM_TYPE}; charset=utf-8`, "cache-control": "no-store, no-transform", "x-accel-buffering": "no" } });
}
