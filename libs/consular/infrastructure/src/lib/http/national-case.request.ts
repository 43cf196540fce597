import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { LEGAL_BASES, LegalBasis, SHARING_PURPOSES, SharingPurpose } from '@accord/consular/domain';

export class NationalCaseRequest {
  @ApiProperty() @IsString() @Length(1, 200) name!: string;
  @ApiProperty() @IsString() @Length(1, 50) documentNumber!: string;
  @ApiProperty() @IsString() @MaxLength(200) contact!: string;
  @ApiProperty() @IsString() @MaxLength(300) location!: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(100, { each: true }) vulnerabilities!: string[];
  @ApiProperty() @IsBoolean() consentGiven!: boolean;
  @ApiProperty({ enum: LEGAL_BASES }) @IsIn(LEGAL_BASES as unknown as string[]) legalBasis!: LegalBasis;
  @ApiProperty({ enum: SHARING_PURPOSES, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(SHARING_PURPOSES as unknown as string[], { each: true }) purposes!: SharingPurpose[];
}
