import { INestApplication, Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { accordValidationPipe } from './accord-validation.pipe';
import { refuseDeepBodies } from './body-depth';
import { DomainExceptionFilter } from './domain-exception.filter';
import { servePortal } from './portal-static';
import { addRateLimits, rateLimitSettingsFromEnv } from './rate-limits';
import { addSecurityHeaders } from './security-headers';

export interface HttpAppOptions {
  title: string;
  /** Folder of the built portal (index.html); omitted for services that serve no pages. */
  portalDir?: string;
}

/** The same edge for every Accord app: validation, error shape, headers, OpenAPI, and the portal. */
export async function configureHttpApp(app: NestFastifyApplication, options: HttpAppOptions): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  addSecurityHeaders(fastify);
  addRateLimits(fastify, rateLimitSettingsFromEnv());
  refuseDeepBodies(fastify);
  const html = options.portalDir ? await servePortal(fastify, options.portalDir) : null;
  if (options.portalDir && !html) new Logger('HTTP').warn(`no built portal in ${options.portalDir}: run "npx nx build portal"; the API still works`);
  app.useGlobalPipes(accordValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter(html));
  app.enableShutdownHooks();
  addOpenApi(app, options.title);
}

function addOpenApi(app: INestApplication, title: string): void {
  const config = new DocumentBuilder()
    .setTitle(title)
    .setDescription('Accord: commitments, follow-up and crisis coordination for migration governance. See docs/api.md.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
