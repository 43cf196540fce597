import { Routes } from '@angular/router';
import { BoardPageComponent } from './board-page.component';

export const BOARD_ROUTES: Routes = [{ path: '', component: BoardPageComponent, title: 'Commitment board · Accord' }];
