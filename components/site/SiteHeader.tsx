import { SearchButton } from "@/components/search/SearchButton";
import { IntentLink } from "@/components/site/IntentLink";
import { ThemeToggle } from "@/components/theme/ThemeToggle";
import { HeaderNav } from "./HeaderNav";
import { Logo } from "./Logo";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200/80 bg-white/85 backdrop-blur supports-[backdrop-filter]:bg-white/75 dark:border-zinc-800 dark:bg-zinc-950/85 dark:supports-[backdrop-filter]:bg-zinc-950/75">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-4 sm:px-6">
        <IntentLink
          href="/"
          className="flex shrink-0 items-center gap-2 rounded-md font-semibold tracking-tight text-zinc-950 dark:text-white"
        >
          <Logo />
          {/* Below 420 px the mark stands alone, leaving room for nav, search and theme. */}
          <span className="max-[419px]:sr-only">asyncio, live</span>
        </IntentLink>
        <div className="ml-auto flex items-center gap-1 sm:gap-3">
          <HeaderNav />
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
