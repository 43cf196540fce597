/** Said in place of the secret when a registration is replayed (same Idempotency-Key and body). */
export const SECRET_WITHHELD =
  'The signing secret is only in the first answer to this registration and is not kept for replays. If that answer was lost, pause this webhook and register a new one.';

/**
 * What the idempotency store keeps of `POST /api/webhooks`: everything but the secret, which is stored
 * nowhere in clear (subscriptions.webhook holds it sealed).
 */
export function withholdSecret(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  return { ...body, secret: null, secretWithheld: SECRET_WITHHELD };
}
