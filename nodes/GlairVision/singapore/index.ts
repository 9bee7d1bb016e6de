export * from './identityNumber';
