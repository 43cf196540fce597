import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@accord/shared/auth';
import { GCM_OBJECTIVES, GcmObjective, SDG_TARGETS, SdgTarget } from '@accord/shared/reference-data';

@ApiTags('reference')
@Controller('api/reference')
export class ReferenceDataHttpController {
  @Get('gcm-objectives')
  @Public()
  @Header('cache-control', 'public, max-age=86400')
  gcmObjectives(): readonly GcmObjective[] {
    return GCM_OBJECTIVES;
  }

  @Get('sdg-targets')
  @Public()
  @Header('cache-control', 'public, max-age=86400')
  sdgTargets(): readonly SdgTarget[] {
    return SDG_TARGETS;
  }
}
