import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ActorResolver } from './actor/actor-resolver';
import { Authenticator } from './actor/authenticator';
import { TokenOnlyActorResolver } from './actor/token-only-actor.resolver';
import { SecurityAudit } from './audit/security-audit';
import { AuthGuard } from './http/auth.guard';
import { ExternalIdentityResolver } from './oidc/external-identity';
import { oidcSettingsFromEnv } from './oidc/oidc-settings';
import { OidcTokenVerifier } from './oidc/oidc-token-verifier';
import { AccessPolicy } from './policy/access-policy';
import { tokenSettingsFromEnv } from './token/token-settings';
import { TokenService } from './token/token.service';

export interface AuthModuleOptions {
  /** The ActorResolver to use; it must be provided and exported by one of `imports`. Default: token-only. */
  resolver?: Type<ActorResolver>;
  /** Finds the people behind OIDC tokens (provided and exported by one of `imports`); without it OIDC tokens get 401. */
  externalResolver?: Type<ExternalIdentityResolver>;
  imports?: ModuleMetadata['imports'];
  /** Read JWT_SECRET / JWT_TTL_SECONDS / OIDC_* / NODE_ENV from here instead of process.env (tests). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Import once per process (it is global): TokenService, the OIDC verifier when configured, Authenticator,
 * the ActorResolver, the AccessPolicy, SecurityAudit and the AuthGuard as APP_GUARD.
 */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions = {}): DynamicModule {
    const resolver = options.resolver ?? TokenOnlyActorResolver;
    const oidc = oidcSettingsFromEnv(options.env ?? process.env);
    return {
      module: AuthModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        { provide: TokenService, useFactory: () => new TokenService(tokenSettingsFromEnv(options.env)) },
        { provide: OidcTokenVerifier, useFactory: () => (oidc ? new OidcTokenVerifier(oidc) : null) },
        options.externalResolver ? { provide: ExternalIdentityResolver, useExisting: options.externalResolver } : { provide: ExternalIdentityResolver, useValue: null },
        ...(options.resolver ? [] : [TokenOnlyActorResolver]),
        { provide: ActorResolver, useExisting: resolver },
        Authenticator,
        AccessPolicy,
        SecurityAudit,
        AuthGuard,
        { provide: APP_GUARD, useExisting: AuthGuard },
      ],
      exports: [TokenService, ActorResolver, Authenticator, AccessPolicy, SecurityAudit, AuthGuard],
    };
  }
}
