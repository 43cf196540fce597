import { SetMetadata } from '@nestjs/common';

export const REQUIRED_ROLES_KEY = 'accord:required-roles';

/** The caller needs at least one of these roles, else 403. Method metadata overrides the controller's. */
export const RequireRoles = (...roles: string[]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES_KEY, roles);
