import serverActionLimits from "./lib/security/server-action-limits.json" with { type: "json" };
import nothingPolicy from "./lib/security/nothing-policy.json" with { type: "json" };

/** On every response, static files included; the content security policy comes from proxy.ts (it needs a nonce per page). */
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // proxy.ts refuses larger server actions with a 413 before Next.js would fail them with a 500.
  // authInterrupts: forbidden() answers a signed-in reader of an editors' or admins' page with a real 403.
  experimental: { serverActions: { bodySizeLimit: serverActionLimits.bodySizeLimitBytes }, authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The import uploads skip proxy.ts (see its matcher), which sets this on every other answer.
      { source: "/api/v1/imports", headers: [{ key: "Content-Security-Policy", value: nothingPolicy.nothingPolicy }] },
      { source: "/api/v1/imports/preview", headers: [{ key: "Content-Security-Policy", value: nothingPolicy.nothingPolicy }] },
    ];
  },
};

export default nextConfig;
