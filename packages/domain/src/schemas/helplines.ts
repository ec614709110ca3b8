import { type Static, Type } from 'typebox';
import { crisisKinds } from '../screening/types.ts';
import { oneOf, Uuid } from './common.ts';
import { Resource } from './resources.ts';

export const Helpline = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  textNumber: Type.Union([Type.String(), Type.Null()]),
  /** what to text to textNumber, e.g. SHOUT */
  textMessage: Type.Union([Type.String(), Type.Null()]),
  url: Type.Union([Type.String(), Type.Null()]),
  hours: Type.Union([Type.String(), Type.Null()]),
});
export type Helpline = Static<typeof Helpline>;
export const HelplineList = Type.Object({ helplines: Type.Array(Helpline) });

/** Shown to a member the moment her post screens as crisis, in the page she posted from. */
export const CrisisSupport = Type.Object({
  kind: oneOf(crisisKinds),
  heading: Type.String(),
  message: Type.String(),
  helplines: Type.Array(Helpline),
  /** directory resources for this kind of crisis, after the helplines (older clients may ignore it) */
  resources: Type.Optional(Type.Array(Resource, { maxItems: 3 })),
});
export type CrisisSupport = Static<typeof CrisisSupport>;

/** What a writer is told about her new or edited post besides the post itself. */
export const PostNotice = Type.Object({
  crisis: Type.Union([CrisisSupport, Type.Null()]),
  /** held for a moderator: roughly how long review takes, in minutes */
  heldForReview: Type.Union([Type.Object({ reviewMinutes: Type.Integer() }), Type.Null()]),
});
export type PostNotice = Static<typeof PostNotice>;
