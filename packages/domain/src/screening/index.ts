export * from './profanity.ts';
