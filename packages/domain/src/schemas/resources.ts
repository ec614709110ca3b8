import { type Static, type TSchema, Type } from 'typebox';
import { crisisKinds } from '../screening/types.ts';
import { IsoDate, oneOf, Uuid } from './common.ts';
import { Audience, GroupSummary } from './groups.ts';
import { SessionTimeOfDay, TimeZoneName } from './sessions.ts';

/** A session as "Find support" lists it: what, when, with whom, and whether there is room. */
export const UpcomingSession = Type.Object({
  id: Uuid,
  groupId: Uuid,
  groupName: Type.String(),
  title: Type.String(),
  theme: Type.String(),
  startsAt: IsoDate,
  endsAt: IsoDate,
  timeZone: TimeZoneName,
  timeOfDay: SessionTimeOfDay,
  /** e.g. "Midwife" when a guest professional joins */
  guestBadge: Type.Union([Type.String(), Type.Null()]),
  placesLeft: Type.Integer(),
});
export type UpcomingSession = Static<typeof UpcomingSession>;

/** The resource directory, "Find support" and resource packs (issue 4). */
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Strict = { additionalProperties: false } as const;

export const resourceTags = ['crisis', 'national', 'local', 'peer', 'clinical'] as const;
export type ResourceTag = (typeof resourceTags)[number];
export const ResourceTag = oneOf(resourceTags);
export const resourceTagLabels: Record<ResourceTag, string> = {
  crisis: 'Urgent help',
  national: 'National',
  local: 'Local',
  peer: 'Peer support',
  clinical: 'Health professionals',
};

/** Where a member is: the chooser's first question. */
export const supportStages = ['pregnant', 'new_baby', 'toddler'] as const;
export type SupportStage = (typeof supportStages)[number];
export const SupportStage = oneOf(supportStages);
export const supportStageLabels: Record<SupportStage, string> = {
  pregnant: "I'm pregnant",
  new_baby: 'I have a new baby',
  toddler: 'I have a toddler',
};

/** What she needs: the chooser's second question. */
export const supportNeeds = ['peers', 'professional', 'urgent'] as const;
export type SupportNeed = (typeof supportNeeds)[number];
export const SupportNeed = oneOf(supportNeeds);
export const supportNeedLabels: Record<SupportNeed, string> = {
  peers: 'To talk to other mums',
  professional: 'To talk to a professional',
  urgent: 'Urgent help, now',
};

/** The kinds of crisis a resource helps with: it is offered on the crisis card for those. */
export const resourceCrisisKinds = crisisKinds;
export const ResourceCrisisKind = oneOf(crisisKinds);
export const crisisKindLabels: Record<(typeof crisisKinds)[number], string> = {
  suicide_self_harm: 'Suicidal thoughts or self-harm',
  intrusive_thoughts: 'Frightening intrusive thoughts',
  danger_to_baby: 'Baby in danger',
  danger_from_other: 'Domestic abuse or danger from someone',
  psychosis: 'Postpartum psychosis',
};

export const packStages = ['booking', 'after_birth', 'pregnant', 'new_baby', 'toddler'] as const;
export const PackStage = oneOf(packStages);

export const RESOURCE_NAME_MIN = 2;
export const RESOURCE_NAME_MAX = 80;
export const RESOURCE_DESCRIPTION_MAX = 300;
export const RESOURCE_AREA_MAX = 60;

const Text = Nullable(Type.String());
export const Resource = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.String(),
  phone: Text,
  textNumber: Text,
  /** what to text to textNumber, e.g. SHOUT */
  textMessage: Text,
  url: Text,
  hours: Text,
  tags: Type.Array(ResourceTag),
  stages: Type.Array(SupportStage),
  needs: Type.Array(SupportNeed),
  /** null = available everywhere */
  area: Text,
  /** the kinds of crisis it helps with (the crisis card offers it for these) */
  crisisKinds: Type.Array(ResourceCrisisKind),
});
export type Resource = Static<typeof Resource>;

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const Area = Type.String({ minLength: 1, maxLength: RESOURCE_AREA_MAX, description: 'e.g. "Northumberland"' });

export const ResourceListQuery = Type.Object(
  {
    tag: Type.Optional(ResourceTag),
    stage: Type.Optional(SupportStage),
    need: Type.Optional(SupportNeed),
    area: Type.Optional(Area),
    ids: Type.Optional(
      Type.String({
        pattern: `^${UUID_PATTERN}(,${UUID_PATTERN}){0,9}$`,
        description: 'up to 10 resource ids, comma-separated: just those resources, in directory order',
      }),
    ),
  },
  Strict,
);
export type ResourceListQuery = Static<typeof ResourceListQuery>;
export const ResourceList = Type.Object({
  resources: Type.Array(Resource),
  /** every area named in the directory, for a chooser */
  areas: Type.Array(Type.String()),
});
export type ResourceList = Static<typeof ResourceList>;
export const ResourceResponse = Type.Object({ resource: Resource });

const PhoneNumber = Type.String({
  minLength: 2,
  maxLength: 30,
  pattern: '^\\+?[0-9][0-9 ]*$',
  description: 'digits and spaces, optionally starting with +',
});
const Unique = <T extends TSchema>(item: T) => Type.Array(item, { maxItems: 5, uniqueItems: true });
const fields = {
  name: Type.String({ minLength: RESOURCE_NAME_MIN, maxLength: RESOURCE_NAME_MAX }),
  description: Type.String({ minLength: 1, maxLength: RESOURCE_DESCRIPTION_MAX }),
  phone: Type.Optional(Nullable(PhoneNumber)),
  textNumber: Type.Optional(Nullable(PhoneNumber)),
  textMessage: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 40 }))),
  url: Type.Optional(
    Nullable(Type.String({ maxLength: 300, pattern: '^https?://\\S+$', description: 'http(s) only' })),
  ),
  hours: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 80 }))),
  tags: Type.Optional(Unique(ResourceTag)),
  stages: Type.Optional(Unique(SupportStage)),
  needs: Type.Optional(Unique(SupportNeed)),
  area: Type.Optional(Nullable(Area)),
  crisisKinds: Type.Optional(Unique(ResourceCrisisKind)),
};
export const AddResourceBody = Type.Object(fields, Strict);
export type AddResourceBody = Static<typeof AddResourceBody>;
export const UpdateResourceBody = Type.Object(
  { ...fields, name: Type.Optional(fields.name), description: Type.Optional(fields.description) },
  Strict,
);
export type UpdateResourceBody = Static<typeof UpdateResourceBody>;

export const PackItem = Type.Object({ resource: Resource, note: Text });
export const ResourcePackSummary = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  stage: PackStage,
  intro: Type.String(),
});
export type ResourcePackSummary = Static<typeof ResourcePackSummary>;
export const ResourcePack = Type.Object({ ...ResourcePackSummary.properties, items: Type.Array(PackItem) });
export type ResourcePack = Static<typeof ResourcePack>;
export const ResourcePackList = Type.Object({ packs: Type.Array(ResourcePackSummary) });
export const ResourcePackResponse = Type.Object({ pack: ResourcePack });
/** A pack she saved to come back to, newest first. */
export const SavedPack = Type.Object({ ...ResourcePackSummary.properties, savedAt: IsoDate });
export type SavedPack = Static<typeof SavedPack>;
export const SavedPackList = Type.Object({ packs: Type.Array(SavedPack) });
export const SavedPackResponse = Type.Object({ slug: Type.String(), saved: Type.Boolean() });
export const PackParams = Type.Object(
  { slug: Type.String({ pattern: '^[a-z0-9-]{2,60}$', description: 'e.g. after-the-birth' }) },
  Strict,
);

export const FindSupportQuery = Type.Object(
  { stage: Type.Optional(SupportStage), need: Type.Optional(SupportNeed), area: Type.Optional(Area) },
  Strict,
);
export type FindSupportQuery = Static<typeof FindSupportQuery>;
export const FindSupportResult = Type.Object({
  resources: Type.Array(Resource),
  groups: Type.Array(GroupSummary),
  /** upcoming sessions of the matching open groups, soonest first: public facts only */
  sessions: Type.Array(UpcomingSession),
  areas: Type.Array(Type.String()),
});
export type FindSupportResult = Static<typeof FindSupportResult>;

/** Which group audiences suit each stage. */
export const stageAudiences = {
  pregnant: ['pregnancy'],
  new_baby: ['new-babies'],
  toddler: ['toddlers'],
} as const satisfies Record<SupportStage, readonly string[]>;

/** The stage a group's audience is about; null = any stage (working parents, partners…). */
export function audienceStage(audience: Audience): SupportStage | null {
  const found = supportStages.find((stage) => (stageAudiences[stage] as readonly string[]).includes(audience));
  return found ?? null;
}

/** "Support for you" on a group page: a few directory resources for the group's audiences. */
export const GroupSupportQuery = Type.Object({ audience: Type.Optional(Audience) }, Strict);
export type GroupSupportQuery = Static<typeof GroupSupportQuery>;
export const GroupSupport = Type.Object({ resources: Type.Array(Resource, { maxItems: 4 }) });
export type GroupSupport = Static<typeof GroupSupport>;
export const GROUP_SUPPORT_MAX = 4;

/** The rules one field cannot check alone; `field` names where the admin should look. */
export function resourceProblem(r: {
  phone: string | null;
  textNumber: string | null;
  textMessage: string | null;
  url: string | null;
}): { field: string; message: string } | null {
  if (!r.phone && !r.textNumber && !r.url)
    return {
      field: 'phone',
      message: 'Give at least one way to reach them: a phone number, a text number or a website.',
    };
  if (r.textMessage && !r.textNumber) return { field: 'textNumber', message: 'Say which number to send the text to.' };
  if (r.url) {
    const protocol = URL.canParse(r.url) ? new URL(r.url).protocol : null;
    if (protocol !== 'https:' && protocol !== 'http:')
      return { field: 'url', message: 'Enter a full web address starting with https://' };
  }
  return null;
}
