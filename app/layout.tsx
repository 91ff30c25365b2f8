import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Chronicle", template: "%s · Chronicle" },
  description: "Dated events as filterable timelines, tables and charts.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">Skip to content</a>
        <NuqsAdapter>
          <SiteHeader />
          <main id="main">{children}</main>
        </NuqsAdapter>
      </body>
    </html>
  );
}
