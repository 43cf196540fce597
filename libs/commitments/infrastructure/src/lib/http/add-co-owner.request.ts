import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class AddCoOwnerRequest {
  @ApiProperty({ example: 'state-my', description: 'A known organisation that will own the commitment too' })
  @IsString() @Length(1, 100)
  organisationId!: string;
}
