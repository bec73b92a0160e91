export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-zinc-600 sm:px-6 dark:text-zinc-400">
        asyncio, live — Python&rsquo;s async/await, run in your browser with Pyodide.
      </div>
    </footer>
  );
}
