import { Routes } from '@angular/router';
import { SignInPageComponent } from './sign-in-page.component';

export const AUTH_ROUTES: Routes = [{ path: '', component: SignInPageComponent, title: 'Sign in · Accord' }];
