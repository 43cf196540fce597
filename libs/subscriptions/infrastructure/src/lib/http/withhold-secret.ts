/** Said in place of the secret when a registration is replayed (same Idempotency-Key and body). */
export const SECRET_WITHHELD =
  'The signing secret is only in the first answer to this request and is not kept for replays. If that answer was lost, rotate the secret: POST /api/webhooks/:id/secret.';

/**
 * What the idempotency store keeps of `POST /api/webhooks` and `POST /api/webhooks/:id/secret`: everything but the secret, which is stored
 * nowhere in clear (subscriptions.webhook holds it sealed).
 */
export function withholdSecret(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  return { ...body, secret: null, secretWithheld: SECRET_WITHHELD };
}
