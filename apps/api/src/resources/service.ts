import {
  type Actor,
  type AddResourceBody,
  audienceStage,
  type CrisisSupport,
  type FindSupportQuery,
  type FindSupportResult,
  GROUP_SUPPORT_MAX,
  type GroupSupportQuery,
  RESOURCE_NAME_MIN,
  type Resource,
  type ResourceListQuery,
  type ResourcePack,
  type ResourcePackSummary,
  resourceProblem,
  stageAudiences,
  type UpdateResourceBody,
} from '@village/domain';
import { and, arrayContains, asc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { resourcePackItems, resourcePacks, resources } from '../db/schema/index.ts';
import { listGroups } from '../groups/service.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { upcomingSessions } from '../sessions/upcoming.ts';

const columns = {
  id: resources.id,
  name: resources.name,
  description: resources.description,
  phone: resources.phone,
  textNumber: resources.textNumber,
  textMessage: resources.textMessage,
  url: resources.url,
  hours: resources.hours,
  tags: resources.tags,
  stages: resources.stages,
  needs: resources.needs,
  area: resources.area,
  crisisKinds: resources.crisisKinds,
};
const textFields = ['name', 'description', 'phone', 'textNumber', 'textMessage', 'url', 'hours', 'area'] as const;
const listFields = ['tags', 'stages', 'needs', 'crisisKinds'] as const;
const editable = [...textFields, ...listFields] as const;
type Editable = Omit<Resource, 'id'>;

const inArea = (area: string) => sql`coalesce(lower(${resources.area}) = lower(${area}), false)`;
/** An empty stages list means "for every stage". */
const forStage = (stage: string) =>
  or(sql`cardinality(${resources.stages}) = 0`, arrayContains(resources.stages, [stage]));
const byPosition = [asc(resources.position), asc(resources.name)];
const normalised = (text: string) => text.trim().replace(/\s+/g, ' ');

async function areas(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ area: resources.area })
    .from(resources)
    .where(isNotNull(resources.area))
    .orderBy(asc(resources.area));
  return rows.map((r) => r.area as string);
}

/** The directory, filtered: with an area, that area's local services plus those available everywhere. */
export async function listResources(db: Db, query: ResourceListQuery) {
  const area = query.area ? normalised(query.area) : null;
  const rows = await db
    .select(columns)
    .from(resources)
    .where(
      and(
        query.tag ? arrayContains(resources.tags, [query.tag]) : undefined,
        query.stage ? forStage(query.stage) : undefined,
        query.need ? arrayContains(resources.needs, [query.need]) : undefined,
        area ? or(isNull(resources.area), inArea(area)) : undefined,
        query.ids ? inArray(resources.id, query.ids.toLowerCase().split(',')) : undefined,
      ),
    )
    .orderBy(...byPosition);
  return { resources: rows as Resource[], areas: await areas(db) };
}

/**
 * The guided chooser: resources for her stage, need and area (local ones first; with no area
 * only those available everywhere), and the groups whose audiences suit her stage. Urgent help
 * puts every crisis resource first.
 */
export async function findSupport(db: Db, actor: Actor, query: FindSupportQuery): Promise<FindSupportResult> {
  const area = query.area ? normalised(query.area) : null;
  const urgent = query.need === 'urgent';
  const isCrisis = arrayContains(resources.tags, ['crisis']);
  let needMatch: SQL | undefined;
  if (query.need) needMatch = arrayContains(resources.needs, [query.need]);
  if (urgent) needMatch = or(needMatch, isCrisis);
  const local = area ? inArea(area) : undefined;
  const rows = await db
    .select(columns)
    .from(resources)
    .where(
      and(
        query.stage ? forStage(query.stage) : undefined,
        needMatch,
        local ? or(isNull(resources.area), local) : isNull(resources.area),
      ),
    )
    .orderBy(...(urgent ? [sql`${isCrisis} DESC`] : []), ...(local ? [sql`${local} DESC`] : []), ...byPosition);
  const audience = query.stage ? stageAudiences[query.stage][0] : undefined;
  const groups = await listGroups(db, actor, audience ? { audience } : {});
  return {
    resources: rows as Resource[],
    groups,
    sessions: await upcomingSessions(
      db,
      groups.filter((g) => g.joinPolicy === 'open'),
    ),
    areas: await areas(db),
  };
}

/**
 * "Support for you" on a group page: a few resources available everywhere that suit the
 * group's audience (its stage; any stage for working parents, partners…), peer support and
 * national services first.
 */
export async function groupSupport(db: Db, query: GroupSupportQuery): Promise<Resource[]> {
  const stage = query.audience ? audienceStage(query.audience) : null;
  const rows = await db
    .select(columns)
    .from(resources)
    .where(and(isNull(resources.area), stage ? forStage(stage) : undefined))
    .orderBy(
      sql`${arrayContains(resources.tags, ['peer'])} DESC`,
      sql`${arrayContains(resources.tags, ['national'])} DESC`,
      ...byPosition,
    )
    .limit(GROUP_SUPPORT_MAX);
  return rows as Resource[];
}

/**
 * "More help for what you're going through" on the crisis card: up to three directory
 * resources marked for this kind of crisis, leaving out those already shown as helplines.
 */
export async function crisisResources(
  db: Db,
  kind: CrisisSupport['kind'],
  shown: { name: string; phone: string | null }[],
): Promise<Resource[]> {
  const rows = await db
    .select(columns)
    .from(resources)
    .where(and(arrayContains(resources.crisisKinds, [kind]), isNull(resources.area)))
    .orderBy(...byPosition);
  const digits = (n: string | null) => (n ? n.replace(/\D/g, '') : null);
  const names = new Set(shown.map((h) => h.name.toLowerCase()));
  const phones = new Set(shown.map((h) => digits(h.phone)).filter(Boolean));
  return (rows as Resource[])
    .filter((r) => !names.has(r.name.toLowerCase()) && !(r.phone && phones.has(digits(r.phone))))
    .slice(0, 3);
}

/** What a list of packs shows of each (the pack page adds its items). */
export const packSummaryColumns = {
  slug: resourcePacks.slug,
  title: resourcePacks.title,
  stage: resourcePacks.stage,
  intro: resourcePacks.intro,
};

export async function listPacks(db: Db): Promise<ResourcePackSummary[]> {
  const rows = await db
    .select(packSummaryColumns)
    .from(resourcePacks)
    .orderBy(asc(resourcePacks.position), asc(resourcePacks.title));
  return rows as ResourcePackSummary[];
}

export async function getPack(db: Db, slug: string): Promise<ResourcePack> {
  const [pack] = await db.select().from(resourcePacks).where(eq(resourcePacks.slug, slug));
  if (!pack) throw notFound('pack');
  const items = await db
    .select({ resource: columns, note: resourcePackItems.note })
    .from(resourcePackItems)
    .innerJoin(resources, eq(resources.id, resourcePackItems.resourceId))
    .where(eq(resourcePackItems.packId, pack.id))
    .orderBy(asc(resourcePackItems.position));
  return {
    slug: pack.slug,
    title: pack.title,
    stage: pack.stage as ResourcePack['stage'],
    intro: pack.intro,
    items: items as ResourcePack['items'],
  };
}

/** Trims what was typed; an empty optional field means "none". */
function cleaned(input: AddResourceBody | UpdateResourceBody): Partial<Editable> {
  const out: Record<string, unknown> = {};
  for (const key of textFields) {
    const value = input[key];
    if (value === undefined) continue;
    const text = value === null ? null : normalised(value);
    if (key === 'name' || key === 'description') {
      const min = key === 'name' ? RESOURCE_NAME_MIN : 1;
      if (!text || text.length < min) throw new HttpError('validation_failed', `Use at least ${min} characters.`, key);
    }
    out[key] = text || null;
  }
  for (const key of listFields) if (input[key] !== undefined) out[key] = input[key];
  return out as Partial<Editable>;
}

function assertComplete(r: Editable) {
  const problem = resourceProblem(r);
  if (problem) throw new HttpError('validation_failed', problem.message, problem.field);
}

export async function addResource(db: Db, adminId: string, input: AddResourceBody): Promise<Resource> {
  const v = cleaned(input);
  const full: Editable = {
    name: v.name ?? '',
    description: v.description ?? '',
    phone: v.phone ?? null,
    textNumber: v.textNumber ?? null,
    textMessage: v.textMessage ?? null,
    url: v.url ?? null,
    hours: v.hours ?? null,
    tags: v.tags ?? [],
    stages: v.stages ?? [],
    needs: v.needs ?? [],
    area: v.area ?? null,
    crisisKinds: v.crisisKinds ?? [],
  };
  assertComplete(full);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(resources)
      .values({ ...full, position: sql`(SELECT coalesce(max(position) + 10, 0) FROM ${resources})` })
      .returning(columns);
    if (!row) throw new Error('resource insert returned nothing');
    await recordAudit(tx, {
      actorId: adminId,
      action: 'resource.add',
      details: { resourceId: row.id, name: row.name },
    });
    return row as Resource;
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function updateResource(
  db: Db,
  adminId: string,
  id: string,
  input: UpdateResourceBody,
): Promise<Resource> {
  const values = cleaned(input);
  if (Object.keys(values).length === 0) throw new HttpError('validation_failed', 'Change at least one field.', 'body');
  return db.transaction(async (tx) => {
    const [row] = await tx.select(columns).from(resources).where(eq(resources.id, id)).for('update');
    if (!row) throw notFound('resource');
    const next = { ...(row as Resource), ...values };
    assertComplete(next);
    const changes = Object.fromEntries(
      editable.filter((k) => !same(next[k], row[k])).map((k) => [k, { from: row[k], to: next[k] }]),
    );
    if (Object.keys(changes).length === 0) return row as Resource;
    const [updated] = await tx
      .update(resources)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(resources.id, id))
      .returning(columns);
    await recordAudit(tx, {
      actorId: adminId,
      action: 'resource.update',
      details: { resourceId: id, name: next.name, changes },
    });
    return (updated ?? next) as Resource;
  });
}

/** Removing a resource also takes it out of any pack it was in (the foreign key cascades). */
export async function removeResource(db: Db, adminId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(resources).where(eq(resources.id, id)).returning({ name: resources.name });
    if (!row) throw notFound('resource');
    await recordAudit(tx, {
      actorId: adminId,
      action: 'resource.remove',
      details: { resourceId: id, name: row.name },
    });
  });
}
