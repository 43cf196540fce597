import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EnforcementDirectory } from '@accord/consular/application';
import { UnitOfWork } from '@accord/shared/messaging';

/**
 * Enforcement bodies as the identity directory flags them (identity.organisation.enforcement, when
 * this service shares that database) plus ACCORD_ENFORCEMENT_ORGANISATIONS (comma-separated ids) for
 * services that do not. Read each time: a flag set today must bite today.
 */
@Injectable()
export class DirectoryEnforcementDirectory extends EnforcementDirectory {
  constructor(private readonly db: DataSource, private readonly uow: UnitOfWork, private readonly configured: readonly string[]) {
    super();
  }

  async isEnforcement(organisationId: string, organisationKind?: string): Promise<boolean> {
    if (organisationKind === 'enforcement') return true;
    return (await this.all()).includes(organisationId);
  }

  async all(): Promise<string[]> {
    // Inside a command, use its transaction: the embedded database serialises connections.
    const m = this.uow.active ? this.uow.manager : this.db.manager;
    const [{ present }] = await m.query("SELECT to_regclass('identity.organisation') IS NOT NULL AS present");
    const flagged: { id: string }[] = present ? await m.query('SELECT id FROM identity.organisation WHERE enforcement') : [];
    return [...new Set([...this.configured, ...flagged.map((r) => r.id)])];
  }
}
