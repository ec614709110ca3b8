import { type Static, type TSchema, Type } from 'typebox';
import { IsoDate, Uuid } from './common.ts';
import { Author } from './users.ts';

/**
 * Facilitator training (issue 4): what admins record, what the API shows them and the
 * facilitator herself. Whether training is current is decided in `training/currency.ts`.
 */
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Strict = { additionalProperties: false } as const;

/** The modules every facilitator needs by default; the service can add its own keys. */
export const defaultTrainingModules = ['safeguarding', 'keeping_focus', 'managing_endings'] as const;
export const trainingModuleLabels: Record<string, string> = {
  safeguarding: 'Safeguarding',
  keeping_focus: 'Keeping a group on its focus',
  managing_endings: 'Managing endings',
};
export const TrainingModuleKey = Type.String({
  pattern: '^[a-z][a-z0-9_]{1,39}$',
  description: 'a module key: lower-case letters, digits and _',
});

export const TRAINING_MODULE_NAME_MIN = 3;
export const TRAINING_MODULE_NAME_MAX = 60;

export const TrainingModuleView = Type.Object({
  key: TrainingModuleKey,
  name: Type.String(),
  /** a required module must be current for her to facilitate */
  required: Type.Boolean(),
});
export type TrainingModuleView = Static<typeof TrainingModuleView>;
export const TrainingModuleList = Type.Object({ modules: Type.Array(TrainingModuleView) });

/** An admin adds a module of the service's own (its key is made from the name). */
export const AddTrainingModuleBody = Type.Object(
  {
    name: Type.String({ minLength: TRAINING_MODULE_NAME_MIN, maxLength: TRAINING_MODULE_NAME_MAX }),
    required: Type.Boolean(),
  },
  Strict,
);
export type AddTrainingModuleBody = Static<typeof AddTrainingModuleBody>;

/** An admin records one completed module for a facilitator. */
export const RecordTrainingBody = Type.Object(
  {
    userId: Uuid,
    module: TrainingModuleKey,
    completedAt: IsoDate,
    /** null: this module does not expire */
    expiresAt: Nullable(IsoDate),
  },
  Strict,
);
export type RecordTrainingBody = Static<typeof RecordTrainingBody>;

export const TrainingRecordView = Type.Object({
  id: Uuid,
  facilitator: Author,
  module: TrainingModuleKey,
  completedAt: IsoDate,
  expiresAt: Nullable(IsoDate),
  recordedBy: Nullable(Author),
  recordedAt: IsoDate,
});
export type TrainingRecordView = Static<typeof TrainingRecordView>;

export const TrainingStatusView = Type.Object({
  current: Type.Boolean(),
  missing: Type.Array(Type.String()),
  expired: Type.Array(Type.String()),
  expiringSoon: Type.Array(Type.Object({ module: Type.String(), expiresAt: IsoDate })),
});
export type TrainingStatusView = Static<typeof TrainingStatusView>;

const FacilitatedGroup = Type.Object({ id: Uuid, name: Type.String() });

export const FacilitatorTraining = Type.Object({
  facilitator: Author,
  status: TrainingStatusView,
  records: Type.Array(TrainingRecordView),
  /** the groups she facilitates now */
  groups: Type.Array(FacilitatedGroup),
});
export type FacilitatorTraining = Static<typeof FacilitatorTraining>;

/**
 * What the header and her "Facilitating" page need: her training (null when she has neither a
 * group to facilitate nor a training record), the groups she facilitates and her open follow-ups.
 */
export const MyFacilitation = Type.Object({
  training: Nullable(FacilitatorTraining),
  /** every module, to name them (only when `training` is not null) */
  modules: Type.Array(TrainingModuleView),
  openFollowUps: Type.Integer({ minimum: 0 }),
  followUps: Type.Integer({ minimum: 0 }),
});
export type MyFacilitation = Static<typeof MyFacilitation>;
