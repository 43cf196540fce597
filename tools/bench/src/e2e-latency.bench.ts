import { BenchPlatform, commitmentBody, postJson } from './bench-platform';
import { connectPublic } from './public-socket';
import { drain } from './drain';
import { percentiles, Percentiles, round } from './percentiles';

export interface E2eStep {
  readonly rate: number;
  readonly sent: number;
  readonly accepted: number;
  readonly delivered: number;
  readonly latencyMs: Percentiles;
  readonly httpMs: Percentiles;
}

const DRAIN_MS = 5_000;

/**
 * Open loop: commands leave on a fixed schedule whether or not earlier ones were answered; latency runs
 * from sending the command to the /public socket receiving the CommitmentLogged update for its id.
 * An update that never arrives counts as the drain timeout, so losses push p99 up instead of hiding.
 */
export async function e2eLatency(bench: BenchPlatform, durationS: number, rates: readonly number[]): Promise<{ steps: E2eStep[]; maxRateWithP99Under100: number | null }> {
  const steps: E2eStep[] = [];
  for (const rate of rates) {
    await drain(bench);
    const s = await step(bench, durationS, rate);
    steps.push(s);
    console.log(`[bench] ${bench.kind} e2e ${rate}/s: sent ${s.sent}, accepted ${s.accepted}, delivered ${s.delivered}; command→socket p50 ${s.latencyMs.p50} p95 ${s.latencyMs.p95} p99 ${s.latencyMs.p99} ms (HTTP p99 ${s.httpMs.p99} ms)`);
  }
  const passing = steps.filter((s) => s.latencyMs.p99 < 100 && s.delivered === s.accepted && s.accepted === s.sent).map((s) => s.rate);
  return { steps, maxRateWithP99Under100: passing.length ? Math.max(...passing) : null };
}

async function step(bench: BenchPlatform, durationS: number, rate: number): Promise<E2eStep> {
  const received = new Map<string, number>();
  const socket = await connectPublic(bench.platform.url, (u, at) => {
    if (u.type === 'CommitmentLogged' && !received.has(u.aggregateId)) received.set(u.aggregateId, at);
  });
  const sentAt: { id: string | null; at: number; answeredAt: number }[] = [];
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  const total = Math.round(rate * durationS);
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const record = { id: null as string | null, at: performance.now(), answeredAt: 0 };
    sentAt.push(record);
    inFlight.push(
      postJson(`${bench.platform.url}/api/commitments`, bench.tokens[i % bench.tokens.length], commitmentBody()).then((r) => {
        record.answeredAt = performance.now();
        if (r.status === 201 && r.body.id) record.id = r.body.id;
      }, () => undefined),
    );
  }
  await Promise.all(inFlight);
  const drainUntil = performance.now() + DRAIN_MS;
  while (performance.now() < drainUntil && sentAt.some((s) => s.id && !received.has(s.id))) await new Promise((r) => setTimeout(r, 20));
  socket.close();
  const accepted = sentAt.filter((s) => s.id);
  const latencies = accepted.map((s) => (received.has(s.id as string) ? (received.get(s.id as string) as number) - s.at : DRAIN_MS));
  return {
    rate,
    sent: sentAt.length,
    accepted: accepted.length,
    delivered: accepted.filter((s) => received.has(s.id as string)).length,
    latencyMs: percentiles(latencies.map((l) => round(l))),
    httpMs: percentiles(sentAt.map((s) => round(s.answeredAt - s.at))),
  };
}
