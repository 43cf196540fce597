import { BenchPlatform, commitmentBody, postJson } from './bench-platform';
import { connectPublic } from './public-socket';

/** Waits until the consumers have caught up: a probe command's update arrives (delivery is in order). */
export async function drain(bench: BenchPlatform, timeoutMs = 180_000): Promise<number> {
  const started = performance.now();
  let probeId = '';
  let seen = false;
  const socket = await connectPublic(bench.platform.url, (u) => void (u.aggregateId === probeId && (seen = true)));
  try {
    const r = await postJson(`${bench.platform.url}/api/commitments`, bench.tokens[0], commitmentBody());
    probeId = r.body.id ?? '';
    if (r.status !== 201) throw new Error(`drain probe refused: ${r.status}`);
    while (!seen) {
      if (performance.now() - started > timeoutMs) throw new Error(`consumers did not catch up within ${timeoutMs} ms`);
      await new Promise((res) => setTimeout(res, 50));
    }
    return Math.round(performance.now() - started);
  } finally {
    socket.close();
  }
}
