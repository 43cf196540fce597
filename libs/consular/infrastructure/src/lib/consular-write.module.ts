import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import {
  CaseAccessLog,
  CaseVault,
  CONSULAR_COMMAND_HANDLERS,
  ConsularAgreementRepository,
  ConsularCaseReader,
  ConsularMissionRepository,
  ConsularRequestRepository,
  ConsularSettings,
  EnforcementDirectory,
  RoutingPlanner,
} from '@accord/consular/application';
import { CONSULAR_EVENT_SCHEMAS } from '@accord/consular/contracts';
import { EventRegistry } from '@accord/shared/contracts';
import { UnitOfWork } from '@accord/shared/messaging';
import { ConsularWriteOptions } from './consular-write-options';
import { CaseCipher } from './crypto/case-cipher';
import { ConsularNetworkHttpController } from './http/consular-network.http.controller';
import { ConsularRequestsHttpController } from './http/consular-requests.http.controller';
import { DirectoryEnforcementDirectory } from './persistence/directory-enforcement.directory';
import { EncryptedCaseVault } from './persistence/encrypted-case-vault';
import { TypeOrmCaseAccessLog } from './persistence/typeorm-case-access-log';
import { TypeOrmConsularAgreementRepository } from './persistence/typeorm-consular-agreement.repository';
import { TypeOrmConsularMissionRepository } from './persistence/typeorm-consular-mission.repository';
import { TypeOrmConsularRequestRepository } from './persistence/typeorm-consular-request.repository';
import { ConsularScheduler } from './scheduling/consular-scheduler';
import { CONSULAR_SCHEDULER_INTERVAL } from './scheduling/consular-scheduler.tokens';

const DAY = 86_400_000;
const num = (value: string | undefined, fallback: number) => (value !== undefined && value !== '' && Number.isFinite(Number(value)) ? Number(value) : fallback);

/** The consular write side (states-service): agreements, missions, requests, the encrypted case vault and its scheduler. */
@Module({})
export class ConsularWriteModule {
  constructor(registry: EventRegistry) {
    registry.registerAll(CONSULAR_EVENT_SCHEMAS);
  }

  static forRoot(options: ConsularWriteOptions = {}): DynamicModule {
    const env = options.env ?? process.env;
    const enforcement = (env['ACCORD_ENFORCEMENT_ORGANISATIONS'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    return {
      module: ConsularWriteModule,
      imports: [CqrsModule],
      controllers: [ConsularNetworkHttpController, ConsularRequestsHttpController],
      providers: [
        ...CONSULAR_COMMAND_HANDLERS,
        RoutingPlanner,
        ConsularCaseReader,
        ConsularScheduler,
        {
          provide: ConsularSettings,
          useValue: new ConsularSettings(num(env['ACCORD_CONSULAR_ANSWER_HOURS'], 24) * 3_600_000, num(env['ACCORD_CASE_RETENTION_DAYS'], 90) * DAY, env['ACCORD_CONSULAR_FALLBACK_AGENCY'] || 'agency-iom'),
        },
        { provide: CONSULAR_SCHEDULER_INTERVAL, useValue: num(env['ACCORD_CONSULAR_SCHEDULER_MS'], 60_000) },
        { provide: CaseCipher, useFactory: () => CaseCipher.fromEnv(env) },
        { provide: EnforcementDirectory, useFactory: (db: DataSource, uow: UnitOfWork) => new DirectoryEnforcementDirectory(db, uow, enforcement), inject: [DataSource, UnitOfWork] },
        { provide: ConsularAgreementRepository, useClass: TypeOrmConsularAgreementRepository },
        { provide: ConsularMissionRepository, useClass: TypeOrmConsularMissionRepository },
        { provide: ConsularRequestRepository, useClass: TypeOrmConsularRequestRepository },
        { provide: CaseVault, useClass: EncryptedCaseVault },
        { provide: CaseAccessLog, useClass: TypeOrmCaseAccessLog },
      ],
      exports: [ConsularScheduler, ConsularCaseReader],
    };
  }
}
