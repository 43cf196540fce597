import { ValidationPipe } from '@nestjs/common';
import { fieldProblems, ValidationFailed } from './validation-failed.exception';

/**
 * Whitelisting with `forbidNonWhitelisted` refuses mass assignment: a body that carries
 * organisationId, ownerId, status or version where the DTO has none gets a 400 naming that field.
 */
export function accordValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationFailed(fieldProblems(errors)),
  });
}
