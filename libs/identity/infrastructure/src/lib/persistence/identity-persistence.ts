import { IdentityExternalSubjects1732780800012 } from './identity-external-subjects.migration';
import { IdentitySchema1732780800010 } from './identity-schema.migration';
import { OrganisationOrmEntity } from './organisation.orm-entity';
import { PersonOrmEntity } from './person.orm-entity';

/** Pass to createDataSource / TypeOrmModule in every service that hosts identity. */
export const identityEntities = [OrganisationOrmEntity, PersonOrmEntity];
export const identityMigrations = [IdentitySchema1732780800010, IdentityExternalSubjects1732780800012];
