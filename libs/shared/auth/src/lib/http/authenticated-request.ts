import { Actor } from '@accord/shared/kernel';

/** What the guard leaves on the request (fastify's or express's): the authenticated Actor, if any. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
  method?: string;
  url?: string;
  ip?: string;
  routeOptions?: { url?: string };
}
