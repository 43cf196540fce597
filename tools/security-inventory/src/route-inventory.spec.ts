import { isPermission } from '@accord/shared/auth';
import { platformRoutes } from './platform-routes';

/**
 * Deny by default, proven for every route the platform serves: each one is @Public or names a
 * @Permit permission that exists in PERMISSIONS. A new endpoint without a rule fails here, by name.
 */
describe('route inventory of the platform', () => {
  const routes = platformRoutes();
  const label = (r: (typeof routes)[number]) => `${r.method} ${r.path} (${r.handler})`;

  it('finds the routes of every context, from the module graph', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['GET /api/health', 'POST /api/commitments', 'POST /api/crisis-alerts', 'GET /api/consular-requests/:id/cases', 'POST /api/evacuation-operations', 'POST /api/assessments', 'GET /api/notifications', 'WS /live join']),
    );
  });

  it('every route is @Public or carries a @Permit whose permission exists', () => {
    const undescribed = routes.filter((r) => !r.isPublic && !r.permission).map(label);
    const unknown = routes.filter((r) => r.permission && !isPermission(r.permission)).map((r) => `${label(r)} → ${r.permission}`);
    expect({ undescribed, unknown }).toEqual({ undescribed: [], unknown: [] });
  });

  it('no route is both public and permission-bound (the guard would skip the permission)', () => {
    expect(routes.filter((r) => r.isPublic && r.permission).map(label)).toEqual([]);
  });

  it('every write (POST/PUT/PATCH/DELETE) needs a permission, except signing in', () => {
    const openWrites = routes.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && !r.permission).map((r) => `${r.method} ${r.path}`);
    expect(openWrites).toEqual(['POST /api/auth/sign-in']);
  });
});
