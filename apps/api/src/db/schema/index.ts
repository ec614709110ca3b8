export * from './groups.ts';
export * from './moderation.ts';
export * from './posts.ts';
export * from './users.ts';
