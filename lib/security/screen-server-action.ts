import { isSameOrigin } from "@/lib/http/forwarded-headers";
import { nestsDeeperThan } from "./json-nesting";
import limits from "./server-action-limits.json";

/** Far deeper than any argument this app's actions take, far shallower than what overflows a decoder. */
const MAX_NESTING = 64;
/** What React's encodeReply and a plain form post send; Next answers the url-encoded kind with a 404 itself. */
const ENCODINGS = new Set(["multipart/form-data", "text/plain", "application/x-www-form-urlencoded"]);

/**
 * Next.js treats a POST to a page as a possible server action when it has a Next-Action header or a
 * form encoding (a form posted before hydration). Route handlers under /api are never actions.
 */
export function isPossibleServerAction(request: Request, pathname: string): boolean {
  if (request.method !== "POST" || pathname.startsWith("/api/")) return false;
  const type = mediaType(request.headers.get("content-type"));
  return request.headers.has("next-action") || type === "multipart/form-data" || type === "application/x-www-form-urlencoded";
}

/**
 * Next.js answers a server action from another site, over its body limit, in an encoding it cannot
 * read or nested too deep with a 500 and logs a server error. Nothing is written, but these are the
 * client's mistakes: refuse them first, with the 4xx they deserve. Returns null for a call to let through.
 */
export async function screenServerAction(request: Request): Promise<Response | null> {
  const origin = request.headers.get("origin");
  if (origin !== null && !isSameOrigin(origin, request.headers)) return refuse(403, "Server actions are accepted from this site only.");
  const contentType = request.headers.get("content-type");
  const type = mediaType(contentType);
  if (!ENCODINGS.has(type)) return refuse(400, "Unsupported encoding for a server action.");
  if (Number(request.headers.get("content-length") ?? 0) > limits.bodySizeLimitBytes) return refuse(413, "The request is too large.");
  const body = await readAtMost(request, limits.bodySizeLimitBytes);
  if (body === null) return refuse(413, "The request is too large.");
  const text = await body.text();
  if (nestsDeeperThan(text, MAX_NESTING)) return refuse(400, "The request is nested too deep.");
  if (type === "text/plain" && !parsesAsJson(text)) return refuse(400, "The request is not valid JSON.");
  if (type === "multipart/form-data" && !(await parsesAsForm(body, contentType!))) return refuse(400, "The request is not a valid form.");
  return null;
}

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** The body, or null once it passes `limit` bytes (a chunked body declares no length). */
async function readAtMost(request: Request, limit: number): Promise<Blob | null> {
  if (!request.body) return new Blob();
  const reader = request.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(read.value);
  }
  return new Blob(chunks);
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function parsesAsForm(body: Blob, contentType: string): Promise<boolean> {
  try {
    await new Response(body, { headers: { "content-type": contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
