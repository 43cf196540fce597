import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ActorResolver } from './actor/actor-resolver';
import { Authenticator } from './actor/authenticator';
import { TokenOnlyActorResolver } from './actor/token-only-actor.resolver';
import { AuthGuard } from './http/auth.guard';
import { tokenSettingsFromEnv } from './token/token-settings';
import { TokenService } from './token/token.service';

export interface AuthModuleOptions {
  /** The ActorResolver to use; it must be provided and exported by one of `imports`. Default: token-only. */
  resolver?: Type<ActorResolver>;
  imports?: ModuleMetadata['imports'];
  /** Read JWT_SECRET / JWT_TTL_SECONDS / NODE_ENV from here instead of process.env (tests). */
  env?: NodeJS.ProcessEnv;
}

/** Import once per process (it is global): TokenService, Authenticator, the ActorResolver and the AuthGuard as APP_GUARD. */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions = {}): DynamicModule {
    const resolver = options.resolver ?? TokenOnlyActorResolver;
    return {
      module: AuthModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        { provide: TokenService, useFactory: () => new TokenService(tokenSettingsFromEnv(options.env)) },
        ...(options.resolver ? [] : [TokenOnlyActorResolver]),
        { provide: ActorResolver, useExisting: resolver },
        Authenticator,
        AuthGuard,
        { provide: APP_GUARD, useExisting: AuthGuard },
      ],
      exports: [TokenService, ActorResolver, Authenticator, AuthGuard],
    };
  }
}
