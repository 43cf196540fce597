import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { OrganisationView } from '@accord/identity/contracts';
import { Public } from '@accord/shared/auth';
import { OrganisationDirectory } from '../organisations/organisation-directory';

@Public()
@Controller('api/organisations')
export class OrganisationsHttpController {
  constructor(private readonly organisations: OrganisationDirectory) {}

  @Get()
  list(): Promise<OrganisationView[]> {
    return this.organisations.list();
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<OrganisationView> {
    const organisation = id.length <= 100 ? await this.organisations.find(id) : null;
    if (!organisation) throw new NotFoundException('organisation not found');
    return organisation;
  }
}
