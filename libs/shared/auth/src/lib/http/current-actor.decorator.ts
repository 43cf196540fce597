import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { Actor } from '@accord/shared/kernel';
import { AuthenticatedRequest } from './authenticated-request';

/**
 * The authenticated caller. On a @Public() route with no (valid) token there is none: by default that
 * is a 401; `@CurrentActor({ optional: true })` gives undefined instead.
 */
export const CurrentActor = createParamDecorator((options: { optional?: boolean } | undefined, ctx: ExecutionContext): Actor | undefined => {
  const actor = ctx.getType() === 'ws' ? ctx.switchToWs().getClient<{ data?: { actor?: Actor } }>().data?.actor : ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor && !options?.optional) throw new UnauthorizedException('sign in first');
  return actor;
});
