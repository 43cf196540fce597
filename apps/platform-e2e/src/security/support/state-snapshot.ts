import { ApiClient } from '../../support/api-client';
import { readEndpoints } from './openapi-endpoints';

// Answers that change by themselves, not because someone wrote something.
const VOLATILE = ['/api/health', '/api/docs-json'];

/**
 * What the stored state looks like through every list the platform serves (as an administrator sees it):
 * equal snapshots before and after a batch of refused requests mean nothing was written.
 */
export async function snapshot(admin: ApiClient): Promise<Record<string, string>> {
  const paths = (await readEndpoints(admin)).filter((p) => !VOLATILE.includes(p));
  const out: Record<string, string> = {};
  for (const path of paths) {
    const url = path === '/api/commitments' ? `${path}?pageSize=100` : path === '/api/admin/people' ? `${path}?pageSize=200` : path;
    const res = await admin.get(url);
    // Exports stamp the time they were generated: that is not stored state.
    out[path] = `${res.status} ${JSON.stringify(res.body)}`.replace(/"generatedAt":"[^"]*"/g, '"generatedAt":"…"');
  }
  return out;
}
