import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import {
  canAdminister,
  canClaimItem,
  canModerate,
  canReportPost,
  canRequestSecondLook,
  type ItemFacts,
  type ReportablePost,
} from './moderation.ts';

const member: Actor = { id: 'm', role: 'member' };
const mod: Actor = { id: 'mod', role: 'moderator' };
const other: Actor = { id: 'mod2', role: 'moderator' };
const admin: Actor = { id: 'a', role: 'admin' };
const now = new Date('2026-11-23T12:00:00Z');
const later = new Date('2026-11-23T12:05:00Z');
const earlier = new Date('2026-11-23T11:55:00Z');

const open: ItemFacts = { kind: 'review', status: 'open', decidedBy: null, claimedBy: null, claimedUntil: null };
const claimedByMod: ItemFacts = { ...open, claimedBy: 'mod', claimedUntil: later };
const lapsed: ItemFacts = { ...open, claimedBy: 'mod', claimedUntil: earlier };
const resolved: ItemFacts = { ...open, status: 'resolved' };
const escalated: ItemFacts = { ...open, status: 'escalated' };
const secondLook: ItemFacts = { ...open, kind: 'second_look', decidedBy: 'mod' };

describe('who moderates', () => {
  it.each([
    [null, 'unauthenticated', 'unauthenticated'],
    [member, 'forbidden', 'forbidden'],
    [mod, true, 'forbidden'],
    [admin, true, true],
  ] as const)('%o: moderate %s, administer %s', (actor, moderate, administer) => {
    const m = canModerate(actor);
    const a = canAdminister(actor);
    expect(m.ok ? true : m.code).toBe(moderate);
    expect(a.ok ? true : a.code).toBe(administer);
  });
});

describe('claiming and acting on an item', () => {
  it.each([
    ['a member', member, open, 'forbidden'],
    ['a visitor', null, open, 'unauthenticated'],
    ['an open item', mod, open, true],
    ['her own claim', mod, claimedByMod, true],
    ["another moderator's live claim", other, claimedByMod, 'conflict'],
    ['a lapsed claim', other, lapsed, true],
    ['a resolved item', mod, resolved, 'conflict'],
    ['an escalated item', admin, escalated, true],
    ['a second look at her own decision', mod, secondLook, 'forbidden'],
    ["a second look at another's decision", other, secondLook, true],
  ] as const)('%s', (_name, actor, item, expected) => {
    const decision = canClaimItem(actor, item, now);
    expect(decision.ok ? true : decision.code).toBe(expected);
  });
});

describe('reporting and second looks', () => {
  const post = (authorId: string, status: ReportablePost['status']): ReportablePost => ({ authorId, status });
  it.each([
    ['report', canReportPost, member, post('x', 'published'), true],
    ['report', canReportPost, member, post('m', 'published'), 'forbidden'],
    ['report', canReportPost, member, post('x', 'hidden'), 'conflict'],
    ['report', canReportPost, null, post('x', 'published'), 'unauthenticated'],
    ['second look', canRequestSecondLook, member, post('m', 'hidden'), true],
    ['second look', canRequestSecondLook, member, post('m', 'published'), 'conflict'],
    ['second look', canRequestSecondLook, member, post('x', 'hidden'), 'forbidden'],
  ] as const)('%s by %o on %o', (_name, policy, actor, p, expected) => {
    const decision = policy(actor, p);
    expect(decision.ok ? true : decision.code).toBe(expected);
  });
});
