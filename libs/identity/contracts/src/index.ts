export * from './lib/identity-roles';
export * from './lib/organisation.view';
export * from './lib/person.view';
export * from './lib/sign-in.response';
export * from './lib/admin.views';
