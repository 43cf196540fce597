// Deliberately broken: a domain lib reaching into infrastructure and into another context.
// tools/lint-fixtures/boundaries.spec.ts expects the boundary rule to refuse both imports.
import { CommitmentsWriteModule } from '@accord/commitments/infrastructure';
import { runService } from '@accord/shared/runtime';
import { CrisisAlert } from '@accord/crisis/domain';

export const forbidden = [CommitmentsWriteModule, runService, CrisisAlert];
