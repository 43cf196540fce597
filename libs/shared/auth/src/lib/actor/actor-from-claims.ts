import { Actor } from '@accord/shared/kernel';
import { AccessTokenClaims } from '../token/access-token-claims';

export function actorFromClaims(claims: AccessTokenClaims): Actor {
  const organisation = claims.orgd ? { id: claims.org, ...claims.orgd } : undefined;
  return { personId: claims.sub, organisationId: claims.org, roles: [...claims.roles], ...(organisation ? { organisation } : {}) };
}
