import { ApiClient } from '../../support/api-client';

export const newCommitment = (title: string) => ({
  title,
  description: 'Written by the fault suite while something breaks.',
  gcmObjectives: [6],
  sdgTargets: ['10.7'],
  indicator: 'Workers recruited without fees',
  baseline: '0',
  targetValue: '100',
  dueDate: `${new Date().getUTCFullYear() + 2}-12-31`,
});

export interface StreamOutcome {
  /** Ids of commitments whose log (201) was acknowledged. */
  readonly acknowledged: string[];
  /** Acknowledged progress reports per commitment id. */
  readonly progressAcks: Map<string, number>;
  readonly statuses: Map<number | string, number>;
  readonly badBodies: string[];
}

/**
 * `workers` loops, each logging a commitment then reporting progress on it, until stop() resolves.
 * Network errors (the process was killed) count under status "network"; every non-2xx body is kept
 * when it looks like a stack trace or leaks SQL.
 */
export function writeStream(clients: readonly ApiClient[], workers: number): { stop(): Promise<StreamOutcome> } {
  let running = true;
  const outcome: StreamOutcome = { acknowledged: [], progressAcks: new Map(), statuses: new Map(), badBodies: [] };
  const note = (status: number | string, body: unknown) => {
    outcome.statuses.set(status, (outcome.statuses.get(status) ?? 0) + 1);
    const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
    if (typeof status === 'number' && status >= 400 && /\n\s+at |node_modules|QueryFailedError|SELECT |INSERT /.test(text)) outcome.badBodies.push(text.slice(0, 500));
  };
  const loop = async (w: number) => {
    const client = clients[w % clients.length];
    for (let i = 0; running; i++) {
      try {
        const logged = await client.post<{ id: string }>('/api/commitments', newCommitment(`Fault stream ${w}-${i} recruitment`));
        note(logged.status, logged.body);
        if (logged.status !== 201) {
          await pause(50);
          continue;
        }
        outcome.acknowledged.push(logged.body.id);
        const progress = await client.post(`/api/commitments/${logged.body.id}/progress`, { percent: 20, narrative: 'stream', evidenceLevel: 'case_study' });
        note(progress.status, progress.body);
        if (progress.status === 201) outcome.progressAcks.set(logged.body.id, (outcome.progressAcks.get(logged.body.id) ?? 0) + 1);
      } catch {
        note('network', '');
        await pause(100);
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, (_, w) => loop(w)));
  return {
    async stop() {
      running = false;
      await done;
      return outcome;
    },
  };
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
