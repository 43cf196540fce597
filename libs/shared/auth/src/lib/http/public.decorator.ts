import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'accord:public';

/** Opens a route (or a whole controller) to callers without a token. Everything else needs one. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);
