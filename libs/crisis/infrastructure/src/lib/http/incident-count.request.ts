import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { PROTECTION_INCIDENT_KINDS, ProtectionIncidentKind } from '@accord/crisis/domain';

export class IncidentCountRequest {
  @ApiProperty({ enum: PROTECTION_INCIDENT_KINDS }) @IsIn(PROTECTION_INCIDENT_KINDS as unknown as string[])
  kind!: ProtectionIncidentKind;

  @ApiProperty({ example: 12 }) @IsInt() @Min(0) @Max(1_000_000)
  count!: number;
}
