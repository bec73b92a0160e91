export default function Home() {
  return <main>asyncio, live</main>;
}
