import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AdminPeoplePage, AdminPersonView } from '@accord/identity/contracts';
import { AuthenticatedRequest, CurrentActor, Permission, Permit, SecurityAudit } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { PeopleAdminService } from '../admin/people-admin.service';
import { auditOrigin } from './audit-origin';
import { CreatePersonRequest } from './create-person.request';
import { ListPeopleQuery } from './list-people.query';
import { SetRolesRequest } from './set-roles.request';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/people')
export class AdminPeopleHttpController {
  constructor(private readonly people: PeopleAdminService, private readonly audit: SecurityAudit) {}

  @Get()
  @Permit('admin.people.list')
  list(@Query() query: ListPeopleQuery): Promise<AdminPeoplePage> {
    return this.people.list({ organisationId: query.organisationId, page: query.page ?? 1, pageSize: query.pageSize ?? 50 });
  }

  @Post()
  @Permit('admin.people.create')
  async create(@CurrentActor() actor: Actor, @Body() body: CreatePersonRequest, @Req() request: AuthenticatedRequest): Promise<AdminPersonView> {
    const created = await this.people.create({ email: body.email, displayName: body.displayName, organisationId: body.organisationId, roles: body.roles, password: body.password });
    this.accepted(actor, 'admin.people.create', created.id, request);
    return created;
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Permit('admin.people.disable')
  async disable(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Req() request: AuthenticatedRequest): Promise<AdminPersonView> {
    const disabled = await this.people.disable(id, actor.personId);
    this.accepted(actor, 'admin.people.disable', id, request);
    return disabled;
  }

  @Post(':id/roles')
  @HttpCode(200)
  @Permit('admin.people.roles')
  async setRoles(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: SetRolesRequest, @Req() request: AuthenticatedRequest): Promise<AdminPersonView> {
    const changed = await this.people.setRoles(id, body.roles);
    this.accepted(actor, 'admin.people.roles', id, request);
    return changed;
  }

  private accepted(actor: Actor, action: Permission, personId: string, request: AuthenticatedRequest): void {
    this.audit.record({ personId: actor.personId, organisationId: actor.organisationId, action, resource: `person:${personId}`, outcome: 'accepted', ...auditOrigin(request) });
  }
}
