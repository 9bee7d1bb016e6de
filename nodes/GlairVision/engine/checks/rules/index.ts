export * from './outcome';
export * from './dates';
export * from './vin';
export * from './plate';
export * from './identityNumber';
export * from './plateColour';
export * from './vehicle';
export * from './bpkbNumber';
