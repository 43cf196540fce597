import { Module } from '@nestjs/common';
import { SignInService } from './auth/sign-in.service';
import { SignOutService } from './auth/sign-out.service';
import { AuthHttpController } from './http/auth.http.controller';
import { OrganisationsHttpController } from './http/organisations.http.controller';
import { IdentityDirectoryModule } from './identity-directory.module';
import { OrganisationDirectory } from './organisations/organisation-directory';

/** Sign-in, sign-out, me and the organisation directory. Import together with identityAuthModule(). */
@Module({
  imports: [IdentityDirectoryModule],
  controllers: [AuthHttpController, OrganisationsHttpController],
  providers: [SignInService, SignOutService, OrganisationDirectory],
})
export class IdentityModule {}
