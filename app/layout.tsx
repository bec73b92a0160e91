import type { ReactNode } from "react";
import "./globals.css";

// Placeholder layout: the site skeleton replaces it.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
