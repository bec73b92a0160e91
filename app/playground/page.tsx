import type { Metadata } from "next";
import { Playground } from "@/components/playground/Playground";
import { loadStarters } from "@/components/playground/starters";

export const metadata: Metadata = {
  title: "Playground",
  description: "Write and run asyncio programs in your browser.",
};

export default function PlaygroundPage() {
  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">
      <h1 className="mb-2 text-2xl font-bold text-zinc-900 dark:text-zinc-50">Playground</h1>
      <p className="mb-5 max-w-[70ch] text-zinc-700 dark:text-zinc-300">
        Python runs in your browser. <code>asyncio.sleep</code> takes no real time here: the program
        runs on a virtual clock, and the elapsed time shown is that clock&apos;s. You may use{" "}
        <code>await</code> at the top level.
      </p>
      <Playground starters={loadStarters()} />
    </main>
  );
}
