import { randomBytes } from "node:crypto";
import nothingPolicy from "./nothing-policy.json";

export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The pages' policy. Scripts run only with this response's nonce: Next.js reads it from the request's
 * policy and puts it on its own scripts, and 'strict-dynamic' passes it on to the chunks they load.
 * Styles keep 'unsafe-inline' because Recharts and React write style attributes, which no nonce covers
 * (a nonce in style-src would switch 'unsafe-inline' off). In development React also needs eval.
 */
export function pagePolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * JSON, redirects and refusals load nothing, and nothing may frame them. Kept in JSON so that next.config.js gives the
 * same policy to the routes proxy.ts does not see.
 */
export const NOTHING_POLICY = nothingPolicy.nothingPolicy;
