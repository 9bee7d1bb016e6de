export * from './imei';
