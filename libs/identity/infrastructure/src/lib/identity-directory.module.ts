import { Module } from '@nestjs/common';
import { IdentityActorResolver } from './auth/identity-actor.resolver';
import { IdentityExternalResolver } from './auth/identity-external.resolver';
import { PersonDirectory } from './persistence/person-directory';

/**
 * The directory reads the auth guard needs. Separate from IdentityModule so AuthModule can import it
 * without a cycle (IdentityModule itself needs AuthModule's TokenService). Needs a TypeORM DataSource
 * that includes identityEntities.
 */
@Module({
  providers: [PersonDirectory, IdentityActorResolver, IdentityExternalResolver],
  exports: [PersonDirectory, IdentityActorResolver, IdentityExternalResolver],
})
export class IdentityDirectoryModule {}
