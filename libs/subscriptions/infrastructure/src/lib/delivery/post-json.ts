import http from 'node:http';
import https from 'node:https';
import { isIP, LookupFunction } from 'node:net';

export interface PostOutcome {
  status: number;
}

/**
 * POSTs `body` to `url`, connecting to `address` (already checked) whatever DNS says now. No
 * redirects are followed; the whole exchange is aborted after `timeoutMs`.
 */
export function postJson(url: string, address: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<PostOutcome> {
  const target = new URL(url);
  const family = isIP(address) === 6 ? 6 : 4;
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: 'POST',
        lookup,
        signal: AbortSignal.timeout(timeoutMs),
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body).toString(), 'user-agent': 'Accord-Webhooks/1', ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', reject);
      },
    );
    req.on('error', (e: Error) => reject(e.name === 'AbortError' ? new Error(`no answer within ${timeoutMs} ms`) : e));
    req.end(body);
  });
}
