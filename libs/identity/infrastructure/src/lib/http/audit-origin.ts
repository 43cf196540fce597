import { AuditOrigin, AuthenticatedRequest } from '@accord/shared/auth';

/** Where a request came from, for the audit trail. */
export function auditOrigin(request: AuthenticatedRequest): AuditOrigin {
  const correlation = request.headers['x-correlation-id'];
  return { ip: request.ip ?? null, correlationId: typeof correlation === 'string' ? correlation : null };
}
