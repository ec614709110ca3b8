import { type Static, Type } from 'typebox';
import { Uuid } from './common.ts';
import { RestrictionView } from './restrictions.ts';

export const SiteRole = Type.Union([Type.Literal('admin'), Type.Literal('moderator'), Type.Literal('member')]);
export type SiteRole = Static<typeof SiteRole>;
export const siteRoles: readonly SiteRole[] = ['admin', 'moderator', 'member'];

export const DISPLAY_NAME_MIN = 2;
export const DISPLAY_NAME_MAX = 32;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const DisplayName = Type.String({
  minLength: DISPLAY_NAME_MIN,
  maxLength: DISPLAY_NAME_MAX,
  description: 'shown to others; not a real name, email or phone number',
});
export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Password = Type.String({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX });

/** The public face of a member: never her email. */
export const Author = Type.Object({ id: Uuid, displayName: Type.String() });
export type Author = Static<typeof Author>;

export const Me = Type.Object({
  id: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  role: SiteRole,
});
export type Me = Static<typeof Me>;

export const MeResponse = Type.Object({
  user: Me,
  /** set while she is muted, suspended or banned: pages say until when and why */
  restriction: Type.Optional(Type.Union([RestrictionView, Type.Null()])),
  unreadNotifications: Type.Optional(Type.Integer()),
});

export const RegisterBody = Type.Object(
  {
    email: Email,
    password: Password,
    displayName: DisplayName,
    acceptGuidelines: Type.Literal(true, {
      description: 'the community guidelines must be accepted',
    }),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const UpdateMeBody = Type.Object({ displayName: DisplayName }, { additionalProperties: false });
export type UpdateMeBody = Static<typeof UpdateMeBody>;
