import { DynamicModule } from '@nestjs/common';
import { AuthModule } from '@accord/shared/auth';
import { IdentityActorResolver } from './auth/identity-actor.resolver';
import { IdentityDirectoryModule } from './identity-directory.module';

/** AuthModule.forRoot() with identity's database-backed resolver (revocation seen within ≤ 5 s, at once in-process). */
export function identityAuthModule(env?: NodeJS.ProcessEnv): DynamicModule {
  return AuthModule.forRoot({ imports: [IdentityDirectoryModule], resolver: IdentityActorResolver, env });
}
