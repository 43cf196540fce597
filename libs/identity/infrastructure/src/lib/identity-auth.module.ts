import { DynamicModule } from '@nestjs/common';
import { AuthModule } from '@accord/shared/auth';
import { IdentityActorResolver } from './auth/identity-actor.resolver';
import { IdentityExternalResolver } from './auth/identity-external.resolver';
import { IdentityDirectoryModule } from './identity-directory.module';

/**
 * AuthModule.forRoot() with identity's database-backed resolvers: our own tokens (revocation seen within
 * ≤ 5 s, at once in-process) and, when OIDC_* is set, a provider's tokens mapped to people of the directory.
 */
export function identityAuthModule(env?: NodeJS.ProcessEnv): DynamicModule {
  return AuthModule.forRoot({ imports: [IdentityDirectoryModule], resolver: IdentityActorResolver, externalResolver: IdentityExternalResolver, env });
}
