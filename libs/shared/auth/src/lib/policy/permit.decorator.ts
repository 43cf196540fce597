import { SetMetadata } from '@nestjs/common';
import { Permission } from './permissions';

export const PERMISSION_KEY = 'accord:permission';

/** The route needs this permission of the AccessPolicy (403 otherwise). Method metadata overrides the controller's. */
export const Permit = (permission: Permission): MethodDecorator & ClassDecorator => SetMetadata(PERMISSION_KEY, permission);
