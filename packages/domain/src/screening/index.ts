export { crisisUrgency } from './crisis.ts';
export * from './evaluate.ts';
export { validNhsNumber } from './pii-numbers.ts';
export { screenText } from './screen.ts';
export { screenPost } from './screen-post.ts';
export { sameText } from './spam.ts';
export * from './types.ts';
