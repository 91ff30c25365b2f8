import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";
import { createUserWithPassword } from "@/lib/actions/create-user";
import type { Role } from "@/lib/domain/roles";
import type { Viewer } from "@/lib/domain/viewer";

const HOST = "localhost:3000";
const ORIGIN = `http://${HOST}`;
const PASSWORD = "integration-test-password";

/** A new user of the role, signed in through better-auth: the cookie a browser would send. */
export async function signInAs(role: Role, name = `Route ${role}`): Promise<{ viewer: Viewer; cookie: string }> {
  const email = `${role}-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name, role, password: PASSWORD });
  const response = await auth.api.signInEmail({ body: { email, password: PASSWORD }, headers: new Headers({ host: HOST }), asResponse: true });
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  if (!cookie) throw new Error(`Signing in ${email} gave no session cookie (status ${response.status}).`);
  return { viewer: { userId: id, role, name, email }, cookie };
}

export interface RouteRequestOptions {
  cookie?: string;
  /** Serialised with JSON.stringify unless it is already a string. */
  body?: unknown;
  /** null sends the body without a Content-Type header. */
  contentType?: string | null;
}

/** A request as a same-site client sends it to a route handler: JSON by default, with the session cookie. */
export function routeRequest(method: string, path: string, { cookie, body, contentType = "application/json" }: RouteRequestOptions = {}) {
  const headers = new Headers({ host: HOST });
  if (cookie) headers.set("cookie", cookie);
  if (body !== undefined && contentType) headers.set("content-type", contentType);
  const text = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
  // fetch labels a string body text/plain by itself; bytes go out with no Content-Type at all.
  const payload = text === undefined || contentType ? text : new TextEncoder().encode(text);
  return new NextRequest(`${ORIGIN}${path}`, { method, headers, body: payload });
}

/** The second argument Next passes to a dynamic route handler. */
export const routeParams = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });
