import { isIP } from 'node:net';

export const MAX_WEBHOOK_URL_LENGTH = 2000;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface WebhookUrlPolicy {
  /** Tests and local development only (ACCORD_WEBHOOK_ALLOW_HTTP_LOCAL=true): http and loopback for localhost. */
  readonly allowHttpLocal: boolean;
}

export interface WebhookUrl {
  readonly href: string;
  /** Host name without brackets, as DNS or the socket wants it. */
  readonly host: string;
  readonly local: boolean;
}

/** Parses and checks the shape of a webhook URL; returns the refusal text, or the parsed URL. */
export function checkWebhookUrl(raw: string, policy: WebhookUrlPolicy): WebhookUrl | string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_WEBHOOK_URL_LENGTH) return `url must be 1-${MAX_WEBHOOK_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url is not a valid absolute URL';
  }
  if (url.username || url.password) return 'url must not carry credentials';
  const local = policy.allowHttpLocal && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return 'url must use https';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) return 'url has no host';
  if (isIP(host) === 0 && !/^[a-z0-9.-]+$/i.test(host)) return 'url has an invalid host';
  return { href: url.href, host, local };
}
