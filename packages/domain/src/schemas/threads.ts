import { type Static, Type } from 'typebox';
import { IsoDate, Uuid } from './common.ts';
import { PostNotice } from './helplines.ts';
import { Body, ContentNote, PostView, Title } from './posts.ts';
import { Author } from './users.ts';

export const ThreadSummary = Type.Object({
  id: Uuid,
  groupId: Uuid,
  title: Type.String(),
  author: Author,
  replyCount: Type.Integer(),
  createdAt: IsoDate,
  lastActivityAt: IsoDate,
  /** pending or held while the opening post awaits screening (only its author sees it then) */
  status: Type.Union([
    Type.Literal('published'),
    Type.Literal('pending'),
    Type.Literal('held'),
    Type.Literal('hidden'),
    Type.Literal('removed'),
  ]),
  cursor: Type.String(),
});
export type ThreadSummary = Static<typeof ThreadSummary>;

export const ThreadList = Type.Object({
  threads: Type.Array(ThreadSummary),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type ThreadList = Static<typeof ThreadList>;

export const ThreadDetail = Type.Object({
  ...ThreadSummary.properties,
  groupName: Type.String(),
});
export type ThreadDetail = Static<typeof ThreadDetail>;
export const ThreadResponse = Type.Object({ thread: ThreadDetail });
export type ThreadResponse = Static<typeof ThreadResponse>;

export const CreateThreadBody = Type.Object(
  { title: Title, body: Body, contentNote: Type.Optional(ContentNote) },
  { additionalProperties: false },
);
export type CreateThreadBody = Static<typeof CreateThreadBody>;

export const CreateThreadResponse = Type.Object({
  thread: ThreadSummary,
  post: PostView,
  notice: Type.Optional(PostNotice),
});
export type CreateThreadResponse = Static<typeof CreateThreadResponse>;
