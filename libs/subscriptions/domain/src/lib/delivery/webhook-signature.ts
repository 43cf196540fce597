import { createHmac, timingSafeEqual } from 'node:crypto';

/** `Accord-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` (see docs/webhooks.md). */
export function signWebhookBody(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** The receiver's side, used by tests and shown in the docs: constant-time compare, bounded clock skew. */
export function verifyWebhookSignature(secret: string, header: string, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts['t']);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds || !parts['v1']) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const given = Buffer.from(parts['v1']);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
