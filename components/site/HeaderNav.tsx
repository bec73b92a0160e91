"use client";

import { IntentLink } from "@/components/site/IntentLink";
import { usePathname } from "next/navigation";

const links = [
  { href: "/lessons/", label: "Lessons" },
  { href: "/playground/", label: "Playground" },
];

/** Client-side only to mark the section the reader is in; the links work without JS. */
export function HeaderNav() {
  const raw = usePathname() ?? "/";
  const pathname = raw.endsWith("/") ? raw : `${raw}/`;
  return (
    <nav aria-label="Site" className="flex items-center gap-1 text-sm font-medium">
      {links.map((link) => {
        const active = pathname.startsWith(link.href);
        return (
          <IntentLink
            key={link.href}
            href={link.href}
            aria-current={pathname === link.href ? "page" : undefined}
            className={`rounded-md px-2 py-1.5 transition-colors sm:px-3 ${
              active
                ? "text-zinc-950 dark:text-white"
                : "text-zinc-600 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white"
            }`}
          >
            {link.label}
          </IntentLink>
        );
      })}
    </nav>
  );
}
