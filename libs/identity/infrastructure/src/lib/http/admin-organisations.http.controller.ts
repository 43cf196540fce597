import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AdminOrganisationView } from '@accord/identity/contracts';
import { AuthenticatedRequest, CurrentActor, Permit, SecurityAudit } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { OrganisationAdminService } from '../admin/organisation-admin.service';
import { auditOrigin } from './audit-origin';
import { CreateOrganisationRequest } from './create-organisation.request';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/organisations')
export class AdminOrganisationsHttpController {
  constructor(private readonly organisations: OrganisationAdminService, private readonly audit: SecurityAudit) {}

  @Get()
  @Permit('admin.organisations.list')
  list(): Promise<AdminOrganisationView[]> {
    return this.organisations.list();
  }

  @Post()
  @Permit('admin.organisations.create')
  async create(@CurrentActor() actor: Actor, @Body() body: CreateOrganisationRequest, @Req() request: AuthenticatedRequest): Promise<AdminOrganisationView> {
    const created = await this.organisations.create({ id: body.id, name: body.name, kind: body.kind, country: body.country ?? null, enforcement: body.enforcement ?? false });
    this.audit.record({ personId: actor.personId, organisationId: actor.organisationId, action: 'admin.organisations.create', resource: `organisation:${created.id}`, outcome: 'accepted', ...auditOrigin(request) });
    return created;
  }
}
