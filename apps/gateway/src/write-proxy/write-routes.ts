/** Which service owns the writes under a path prefix. Reads stay at the gateway (its read models). */
export interface WriteRoute {
  prefix: string;
  envVar: string;
}

export const WRITE_ROUTES: readonly WriteRoute[] = [{ prefix: '/api/commitments', envVar: 'STATES_SERVICE_URL' }];

export function upstreamFor(method: string, url: string, env: NodeJS.ProcessEnv): string | null {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null;
  const route = WRITE_ROUTES.find((r) => url === r.prefix || url.startsWith(`${r.prefix}/`) || url.startsWith(`${r.prefix}?`));
  return route ? (env[route.envVar] ?? null) : null;
}
