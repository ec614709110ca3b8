import { type Static, Type } from 'typebox';
import { IsoDate, oneOf, Uuid } from './common.ts';
import { PostNotice } from './helplines.ts';
import { Author } from './users.ts';

export const TITLE_MIN = 3;
export const TITLE_MAX = 120;
export const BODY_MIN = 1;
export const BODY_MAX = 5000;

export const postStatuses = ['pending', 'published', 'held', 'hidden', 'removed'] as const;
export const PostStatus = oneOf(postStatuses);
export type PostStatus = (typeof postStatuses)[number];

export const reactionKinds = ['hug', 'me_too', 'thank_you'] as const;
export const ReactionKind = oneOf(reactionKinds);
export type ReactionKind = (typeof reactionKinds)[number];
export const reactionLabels: Record<ReactionKind, string> = {
  hug: 'Hug',
  me_too: 'Me too',
  thank_you: 'Thank you',
};

/** Themes a poster can flag; members who chose to hide a theme see such posts collapsed. */
export const contentNotes = [
  'birth-trauma',
  'baby-loss',
  'self-harm',
  'suicidal-thoughts',
  'psychosis',
  'abuse',
  'eating',
  'other',
] as const;
export const ContentNote = oneOf(contentNotes);
export type ContentNote = (typeof contentNotes)[number];
export const contentNoteLabels: Record<ContentNote, string> = {
  'birth-trauma': 'Birth trauma',
  'baby-loss': 'Baby loss',
  'self-harm': 'Self-harm',
  'suicidal-thoughts': 'Suicidal thoughts',
  psychosis: 'Psychosis',
  abuse: 'Abuse',
  eating: 'Eating and body image',
  other: 'Difficult topic',
};

export const Title = Type.String({ minLength: TITLE_MIN, maxLength: TITLE_MAX });
export const Body = Type.String({ minLength: BODY_MIN, maxLength: BODY_MAX });

export const ReactionCounts = Type.Object({
  hug: Type.Integer(),
  me_too: Type.Integer(),
  thank_you: Type.Integer(),
});
export type ReactionCounts = Static<typeof ReactionCounts>;

/**
 * A post as any viewer may see it. The same shape goes over HTTP and the websocket, so it
 * carries nothing specific to one viewer: `body` is null when the post was removed or hidden,
 * and the client works out "mine" from `author.id`.
 */
export const PostView = Type.Object({
  id: Uuid,
  threadId: Uuid,
  groupId: Uuid,
  author: Author,
  body: Type.Union([Type.String(), Type.Null()]),
  contentNote: Type.Union([ContentNote, Type.Null()]),
  status: PostStatus,
  removedBy: Type.Union([Type.Literal('author'), Type.Literal('moderator'), Type.Null()]),
  version: Type.Integer(),
  edited: Type.Boolean(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  reactions: ReactionCounts,
  cursor: Type.String({ description: 'keyset position of this post in its thread' }),
});
export type PostView = Static<typeof PostView>;

export const PostPage = Type.Object({
  posts: Type.Array(PostView),
  /** reactions this viewer has given, by post id */
  myReactions: Type.Record(Type.String(), Type.Array(ReactionKind)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type PostPage = Static<typeof PostPage>;

export const CreatePostBody = Type.Object(
  { body: Body, contentNote: Type.Optional(ContentNote) },
  { additionalProperties: false },
);
export type CreatePostBody = Static<typeof CreatePostBody>;

export const EditPostBody = Type.Object(
  { body: Body, contentNote: Type.Optional(Type.Union([ContentNote, Type.Null()])) },
  { additionalProperties: false },
);
export type EditPostBody = Static<typeof EditPostBody>;

export const PostResponse = Type.Object({ post: PostView, notice: Type.Optional(PostNotice) });
export type PostResponse = Static<typeof PostResponse>;

export const PostVersion = Type.Object({ version: Type.Integer(), body: Type.String(), createdAt: IsoDate });
export const PostVersionList = Type.Object({ versions: Type.Array(PostVersion) });

export const ReactionBody = Type.Object({ kind: ReactionKind }, { additionalProperties: false });
export type ReactionBody = Static<typeof ReactionBody>;
export const ReactionResponse = Type.Object({
  postId: Uuid,
  reactions: ReactionCounts,
  mine: Type.Array(ReactionKind),
});
export type ReactionResponse = Static<typeof ReactionResponse>;
