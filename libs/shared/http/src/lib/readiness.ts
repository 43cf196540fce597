import { Controller, Get, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

/** Set once migrations ran, demo data is in and the relay and consumers are running. */
@Injectable()
export class Readiness {
  private ready = false;
  private readonly startedAt = Date.now();
  markReady(): void {
    this.ready = true;
  }
  isReady(): boolean {
    return this.ready;
  }
  uptimeSeconds(): number {
    return Math.round((Date.now() - this.startedAt) / 1000);
  }
}

export const PUBLIC_ROUTE_KEY = 'accord:public';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(private readonly readiness: Readiness) {}

  @Get()
  health(): { status: 'ok'; uptimeSeconds: number } {
    if (!this.readiness.isReady()) throw new ServiceUnavailableException('starting');
    return { status: 'ok', uptimeSeconds: this.readiness.uptimeSeconds() };
  }
}
