import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { OfflineSupportAfterLoad } from "@/components/offline/OfflineSupportAfterLoad";
import { SaveNoticeAfterLoad } from "@/components/progress/afterLoad";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { heldPressesScript } from "@/components/input/heldPressesScript";
import { themeScript } from "@/components/theme/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "asyncio, live — Python async/await you can watch",
    template: "%s · asyncio, live",
  },
  description:
    "A short course on Python's async and await where every example runs in your browser and a timeline shows when each task ran and waited.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets `dark` on <html> before React loads, so the server markup differs.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
        {/* Before any button is in the page: a press that comes before the script is kept. */}
        <script dangerouslySetInnerHTML={{ __html: heldPressesScript }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <div id="main" className="flex-1">
          {children}
        </div>
        <SiteFooter />
        <SaveNoticeAfterLoad />
        <OfflineSupportAfterLoad />
      </body>
    </html>
  );
}
