import { Module } from '@nestjs/common';
import { OrganisationAdminService } from './admin/organisation-admin.service';
import { PeopleAdminService } from './admin/people-admin.service';
import { SignInService } from './auth/sign-in.service';
import { SignOutService } from './auth/sign-out.service';
import { AdminOrganisationsHttpController } from './http/admin-organisations.http.controller';
import { AdminPeopleHttpController } from './http/admin-people.http.controller';
import { AuthHttpController } from './http/auth.http.controller';
import { OrganisationsHttpController } from './http/organisations.http.controller';
import { IdentityDirectoryModule } from './identity-directory.module';
import { OrganisationDirectory } from './organisations/organisation-directory';

/**
 * Sign-in, sign-out, me, the organisation directory and the deployment administrator's endpoints.
 * Import together with identityAuthModule(); with LiveModule in the app, disabling a person also closes their sockets.
 */
@Module({
  imports: [IdentityDirectoryModule],
  controllers: [AuthHttpController, OrganisationsHttpController, AdminOrganisationsHttpController, AdminPeopleHttpController],
  providers: [SignInService, SignOutService, OrganisationDirectory, OrganisationAdminService, PeopleAdminService],
})
export class IdentityModule {}
