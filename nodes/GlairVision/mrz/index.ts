export * from './checkDigit';
export * from './dates';
export * from './checks';
