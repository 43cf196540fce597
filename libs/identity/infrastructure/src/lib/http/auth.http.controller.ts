import { Body, Controller, Get, Header, HttpCode, NotFoundException, Post, UnauthorizedException } from '@nestjs/common';
import { PersonView, SignInResponse } from '@accord/identity/contracts';
import { CurrentActor, Public } from '@accord/shared/auth';
import { accordValidationPipe } from '@accord/shared/http';
import { Actor } from '@accord/shared/kernel';
import { SignInService } from '../auth/sign-in.service';
import { SignOutService } from '../auth/sign-out.service';
import { toPersonView } from '../auth/person-view.mapper';
import { PersonDirectory } from '../persistence/person-directory';
import { SignInRequest } from './sign-in.request';

@Controller('api/auth')
export class AuthHttpController {
  constructor(private readonly signInService: SignInService, private readonly signOutService: SignOutService, private readonly people: PersonDirectory) {}

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async signIn(@Body(accordValidationPipe()) body: SignInRequest): Promise<SignInResponse> {
    const result = await this.signInService.signIn(body.email, body.password);
    if (!result) throw new UnauthorizedException('email or password is wrong');
    return result;
  }

  @Get('me')
  @Header('Cache-Control', 'no-store')
  async me(@CurrentActor() actor: Actor): Promise<PersonView> {
    const person = await this.people.findById(actor.personId);
    if (!person) throw new NotFoundException('person not found');
    return toPersonView(person);
  }

  @Post('sign-out')
  @HttpCode(204)
  signOut(@CurrentActor() actor: Actor): Promise<void> {
    return this.signOutService.signOut(actor);
  }
}
