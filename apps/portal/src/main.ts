import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { ShellComponent } from './app/shell.component';
import { retireFirstPaint, useEmbeddedAnswers } from './landing-handoff';

useEmbeddedAnswers(document, window);
retireFirstPaint(document);
bootstrapApplication(ShellComponent, appConfig).catch((error: unknown) => console.error(error));
