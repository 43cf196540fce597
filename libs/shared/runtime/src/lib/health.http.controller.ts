import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@accord/shared/auth';
import { Readiness } from '@accord/shared/http';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(private readonly readiness: Readiness) {}

  /** 503 until migrations, demo data, relay and consumers are up; 200 after. */
  @Get()
  @Public()
  health(): { status: 'ok'; uptimeSeconds: number } {
    if (!this.readiness.isReady()) throw new ServiceUnavailableException('starting');
    return { status: 'ok', uptimeSeconds: this.readiness.uptimeSeconds() };
  }
}
