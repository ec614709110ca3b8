export * from './groups.ts';
export * from './posts.ts';
export * from './users.ts';
