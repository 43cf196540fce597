import { Body, Controller, Get, Header, HttpCode, NotFoundException, Post, Req, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PersonView, SignInResponse } from '@accord/identity/contracts';
import { AuthenticatedRequest, CurrentActor, Permit, Public } from '@accord/shared/auth';
import { accordValidationPipe } from '@accord/shared/http';
import { Actor } from '@accord/shared/kernel';
import { SignInService } from '../auth/sign-in.service';
import { SignOutService } from '../auth/sign-out.service';
import { toPersonView } from '../auth/person-view.mapper';
import { PersonDirectory } from '../persistence/person-directory';
import { auditOrigin } from './audit-origin';
import { SignInRequest } from './sign-in.request';

@ApiTags('auth')
@Controller('api/auth')
export class AuthHttpController {
  constructor(private readonly signInService: SignInService, private readonly signOutService: SignOutService, private readonly people: PersonDirectory) {}

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async signIn(@Body(accordValidationPipe()) body: SignInRequest, @Req() request: AuthenticatedRequest): Promise<SignInResponse> {
    const result = await this.signInService.signIn(body.email, body.password, auditOrigin(request));
    if (!result) throw new UnauthorizedException('email or password is wrong');
    return result;
  }

  @Get('me')
  @ApiBearerAuth()
  @Permit('auth.me')
  @Header('Cache-Control', 'no-store')
  async me(@CurrentActor() actor: Actor): Promise<PersonView> {
    const person = await this.people.findById(actor.personId);
    if (!person) throw new NotFoundException('person not found');
    return toPersonView(person);
  }

  @Post('sign-out')
  @ApiBearerAuth()
  @Permit('auth.sign-out')
  @HttpCode(204)
  signOut(@CurrentActor() actor: Actor, @Req() request: AuthenticatedRequest): Promise<void> {
    return this.signOutService.signOut(actor, auditOrigin(request));
  }
}
