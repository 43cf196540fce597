/**
 * Which service owns the requests under a path prefix. Writes always go to the owner; reads stay at
 * the gateway's read models, except where the owner serves them itself (`reads: true`: CAP export and
 * feed, consular case files, which never leave the States' service).
 */
export interface WriteRoute {
  prefix: string;
  /** Narrows `prefix` to paths of this shape (e.g. one sub-resource that another service owns). */
  pattern?: RegExp;
  envVar: string;
  reads?: boolean;
  /**
   * Several services host the same context, each for its own kind of organisation: a write goes to the
   * service of the caller's organisation kind (from the verified token); `envVar` takes the rest
   * (no token, another kind), and that service answers 401/403 itself.
   */
  byKind?: Readonly<Record<string, string>>;
}

/** Commitments are logged by States, cities, civil society and agencies, each in its own service. */
export const COMMITMENT_OWNERS: Readonly<Record<string, string>> = {
  state: 'STATES_SERVICE_URL',
  city: 'CITIES_SERVICE_URL',
  cso: 'CIVIL_SOCIETY_SERVICE_URL',
  agency: 'AGENCIES_SERVICE_URL',
};

export const WRITE_ROUTES: readonly WriteRoute[] = [
  { prefix: '/api/commitments', envVar: 'STATES_SERVICE_URL', byKind: COMMITMENT_OWNERS },
  { prefix: '/api/consular-agreements', envVar: 'STATES_SERVICE_URL', reads: true },
  { prefix: '/api/consular-missions', envVar: 'STATES_SERVICE_URL', reads: true },
  { prefix: '/api/consular-requests', envVar: 'STATES_SERVICE_URL', reads: true },
  // An emergency consultation on an alert is a secretariat's record, not the agencies'.
  { prefix: '/api/crisis-alerts', pattern: /^\/api\/crisis-alerts\/[^/?]+\/consultations(?:[/?]|$)/, envVar: 'SECRETARIAT_SERVICE_URL', reads: true },
  { prefix: '/api/consultations', envVar: 'SECRETARIAT_SERVICE_URL', reads: true },
  { prefix: '/api/crisis-alerts', envVar: 'AGENCIES_SERVICE_URL', reads: true },
  { prefix: '/api/evacuations', envVar: 'AGENCIES_SERVICE_URL', reads: true },
  { prefix: '/api/evacuation-operations', envVar: 'AGENCIES_SERVICE_URL' },
  { prefix: '/api/local-actions', envVar: 'CITIES_SERVICE_URL' },
  { prefix: '/api/assessments', envVar: 'CIVIL_SOCIETY_SERVICE_URL' },
  // The tracker, scorecards and notifications are gateway read models under this prefix: GETs stay here.
  { prefix: '/api/follow-up', envVar: 'SECRETARIAT_SERVICE_URL' },
];

const isRead = (method: string) => method === 'GET' || method === 'HEAD' || method === 'OPTIONS';

/** The route that takes this request away from the gateway, if any. */
export function proxiedRoute(method: string, url: string): WriteRoute | null {
  const under = (r: WriteRoute) => url === r.prefix || url.startsWith(`${r.prefix}/`) || url.startsWith(`${r.prefix}?`);
  const route = WRITE_ROUTES.find((r) => under(r) && (!r.pattern || r.pattern.test(url)));
  if (!route || (isRead(method) && !route.reads)) return null;
  return route;
}

/** Where the request goes; `organisationKind` is the verified caller's, and only matters for `byKind` routes. */
export function upstreamFor(method: string, url: string, env: NodeJS.ProcessEnv, organisationKind?: string | null): string | null {
  const route = proxiedRoute(method, url);
  if (!route) return null;
  const owner = organisationKind && route.byKind && Object.hasOwn(route.byKind, organisationKind) ? route.byKind[organisationKind] : undefined;
  return (owner && env[owner]) || (env[route.envVar] ?? null);
}
