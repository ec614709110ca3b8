export * from './calendar.ts';
export * from './groups.ts';
export * from './moderation.ts';
export * from './posts.ts';
export * from './resources.ts';
export * from './sessions.ts';
export * from './users.ts';
