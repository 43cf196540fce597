import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { IDENTITY_ROLES } from '@accord/identity/contracts';

export class SetRolesRequest {
  @ApiProperty({ enum: IDENTITY_ROLES, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(IDENTITY_ROLES.length) @ArrayUnique() @IsIn(IDENTITY_ROLES, { each: true, message: `each role is one of ${IDENTITY_ROLES.join(', ')}` })
  roles!: string[];
}
