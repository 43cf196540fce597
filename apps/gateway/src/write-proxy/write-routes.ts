/**
 * Which service owns the requests under a path prefix. Writes always go to the owner; reads stay at
 * the gateway's read models, except where the owner serves them itself (`reads: true`: CAP export and
 * feed, consular case files, which never leave the States' service).
 */
export interface WriteRoute {
  prefix: string;
  envVar: string;
  reads?: boolean;
}

export const WRITE_ROUTES: readonly WriteRoute[] = [
  { prefix: '/api/commitments', envVar: 'STATES_SERVICE_URL' },
  { prefix: '/api/consular-agreements', envVar: 'STATES_SERVICE_URL', reads: true },
  { prefix: '/api/consular-missions', envVar: 'STATES_SERVICE_URL', reads: true },
  { prefix: '/api/consular-requests', envVar: 'STATES_SERVICE_URL', reads: true },
  { prefix: '/api/crisis-alerts', envVar: 'AGENCIES_SERVICE_URL', reads: true },
  { prefix: '/api/evacuation-operations', envVar: 'AGENCIES_SERVICE_URL' },
  { prefix: '/api/local-actions', envVar: 'CITIES_SERVICE_URL' },
  { prefix: '/api/assessments', envVar: 'CIVIL_SOCIETY_SERVICE_URL' },
  // The tracker, scorecards and notifications are gateway read models under this prefix: GETs stay here.
  { prefix: '/api/follow-up', envVar: 'SECRETARIAT_SERVICE_URL' },
];

const isRead = (method: string) => method === 'GET' || method === 'HEAD' || method === 'OPTIONS';

export function upstreamFor(method: string, url: string, env: NodeJS.ProcessEnv): string | null {
  const route = WRITE_ROUTES.find((r) => url === r.prefix || url.startsWith(`${r.prefix}/`) || url.startsWith(`${r.prefix}?`));
  if (!route || (isRead(method) && !route.reads)) return null;
  return env[route.envVar] ?? null;
}
