import { Socket } from 'socket.io-client';
import { BenchPlatform, commitmentBody, postJson } from './bench-platform';
import { connectPublic } from './public-socket';
import { percentiles, Percentiles, round } from './percentiles';

export interface FanoutResult {
  readonly clients: number;
  readonly updatesSent: number;
  readonly deliveries: number;
  readonly expectedDeliveries: number;
  /** From sending the command to each client receiving its update (write path included). */
  readonly commandToClientMs: Percentiles;
  /** From the first client receiving an update to each other client receiving it (the fan-out spread). */
  readonly firstToEachClientMs: Percentiles;
  readonly rssBeforeKb: number;
  readonly rssAfterKb: number;
  readonly kbPerConnection: number;
}

/** N /public clients; one command every 100 ms; every client must see every update. */
export async function fanout(bench: BenchPlatform, durationS: number, clients: number): Promise<FanoutResult> {
  const sentAt = new Map<string, number>();
  const arrivals = new Map<string, number[]>();
  const onUpdate = (u: { type: string; aggregateId: string }, at: number) => {
    if (u.type !== 'CommitmentLogged') return;
    const list = arrivals.get(u.aggregateId) ?? [];
    list.push(at);
    arrivals.set(u.aggregateId, list);
  };
  global.gc?.();
  await new Promise((r) => setTimeout(r, 500));
  const rssBeforeKb = bench.platform.memoryKb().rss;
  const sockets: Socket[] = [];
  for (let i = 0; i < clients; i += 50) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(50, clients - i) }, () => connectPublic(bench.platform.url, onUpdate)))));
  }
  await new Promise((r) => setTimeout(r, 1_000));
  const rssAfterKb = bench.platform.memoryKb().rss;
  const updates = Math.round(durationS * 10);
  const start = performance.now();
  const posts: Promise<void>[] = [];
  for (let i = 0; i < updates; i++) {
    const wait = start + i * 100 - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const at = performance.now();
    posts.push(postJson(`${bench.platform.url}/api/commitments`, bench.tokens[i % bench.tokens.length], commitmentBody()).then((r) => void (r.body.id && sentAt.set(r.body.id, at))));
  }
  await Promise.all(posts);
  const deadline = performance.now() + 5_000;
  while (performance.now() < deadline && [...sentAt.keys()].some((id) => (arrivals.get(id)?.length ?? 0) < clients)) await new Promise((r) => setTimeout(r, 50));
  sockets.forEach((s) => s.close());
  const commandToClient: number[] = [];
  const spread: number[] = [];
  for (const [id, at] of sentAt) {
    const list = arrivals.get(id) ?? [];
    const first = Math.min(...list);
    list.forEach((t) => {
      commandToClient.push(round(t - at));
      spread.push(round(t - first));
    });
  }
  return {
    clients,
    updatesSent: sentAt.size,
    deliveries: commandToClient.length,
    expectedDeliveries: sentAt.size * clients,
    commandToClientMs: percentiles(commandToClient),
    firstToEachClientMs: percentiles(spread),
    rssBeforeKb,
    rssAfterKb,
    kbPerConnection: round((rssAfterKb - rssBeforeKb) / clients),
  };
}
