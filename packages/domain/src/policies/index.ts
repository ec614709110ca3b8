export * from './actor.ts';
export * from './calendar.ts';
export * from './group.ts';
export * from './moderation.ts';
export * from './post.ts';
export * from './sessions.ts';
export * from './topic.ts';
