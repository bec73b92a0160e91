// Which example on the page owns the shared Python runtime. Examples share one worker, so a
// run in one example stops a run in another; the stopped one reads this to say why.
type Listener = (owner: string) => void;

let owner: string | null = null;
const listeners = new Set<Listener>();

export function claimRuntime(id: string): void {
  owner = id;
  for (const listener of listeners) listener(id);
}

export function currentOwner(): string | null {
  return owner;
}

export function onOwnerChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
