import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from './support/app-test.ts';
import { signedIn } from './support/gainsight.ts';
import { clientOf } from './support/http-client.ts';

const ACME = 'acme.gainsightcloud.com';

const file = fileAppOf(it);
let alex: string;
let companyId: string;
let relationshipId: string;
let activityId: string;
let manualId: string;
let scoredCompanyId: string;

/** A calendar date `days` from today (UTC), as the server's clock sees it. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A same-origin write with an Idempotency-Key, as the sidebar's write queue sends it (and re-sends it). */
function send(method: 'post' | 'put' | 'patch', path: string, key: string, body: object, cookie = alex) {
  return clientOf(file.app, cookie)[method](path, body).set('Idempotency-Key', key);
}

const auditCount = (type: string) => file.store.prisma.auditEvent.count({ where: { type, domain: { host: ACME } } });

it.beforeAll(async ({ signIn }) => {
  alex = await signIn('alex@acme.example');
  const relationship = await file.store.prisma.relationship.findFirstOrThrow({ where: { domain: { host: ACME } } });
  companyId = relationship.companyId;
  relationshipId = relationship.id;
  const activity = await send('post', '/api/activities', 'setup-activity', {
    type: 'CALL',
    status: 'LOGGED',
    subject: 'Kick-off',
    activityDate: new Date().toISOString(),
    relationshipId,
  }).expect(201);
  activityId = activity.body.id;
  const assignment = await file.store.prisma.scorecardAssignment.findFirstOrThrow({
    where: { domain: { host: ACME }, companyId: { not: null } },
    include: { scorecard: { include: { measures: true } } },
  });
  scoredCompanyId = assignment.companyId!;
  manualId = assignment.scorecard.measures.find((measure) => measure.kind === 'MANUAL')!.id;
});

describe('a write re-sent with its Idempotency-Key changes the store once and answers as the first time', () => {
  it('creates one CTA', async () => {
    const body = { activityId, subject: 'Send the proposal', dueDate: inDays(2) };
    const before = await auditCount('cta.created');
    const first = await send('post', '/api/ctas', 'cta-1', body).expect(201);
    const again = await send('post', '/api/ctas', 'cta-1', body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await file.store.prisma.cta.count({ where: { activityId, subject: 'To-Do: Send the proposal' } })).toBe(1);
    expect(await auditCount('cta.created')).toBe(before + 1);
  });

  it('adds one person, answering 201 both times', async () => {
    const body = { firstName: 'Rin', lastName: 'Aoki', email: 'rin.aoki@example.org', companyId, relationshipId, role: 'Champion' };
    const before = await auditCount('person.added');
    const first = await send('post', '/api/people', 'person-1', body).expect(201);
    const again = await send('post', '/api/people', 'person-1', body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await file.store.prisma.person.count({ where: { email: 'rin.aoki@example.org' } })).toBe(1);
    expect(await auditCount('person.added')).toBe(before + 1);
  });

  it('scores a measure once: one history row, one audit event', async () => {
    const path = `/api/companies/${scoredCompanyId}/scorecard/measures/${manualId}`;
    const history = () => file.store.prisma.scoreHistory.count({ where: { measureId: manualId, assignment: { companyId: scoredCompanyId } } });
    const [historyBefore, auditBefore] = [await history(), await auditCount('score.updated')];
    const first = await send('put', path, 'score-1', { score: 41, comment: 'Budget approved' }).expect(200);
    const again = await send('put', path, 'score-1', { score: 41, comment: 'Budget approved' }).expect(200);
    expect(again.body).toEqual(first.body);
    expect(await history()).toBe(historyBefore + 1);
    expect(await auditCount('score.updated')).toBe(auditBefore + 1);
  });

  it('edits attributes once: the retry gets the new version, not a conflict with itself', async () => {
    const path = `/api/companies/${companyId}/attributes`;
    const { version } = (await clientOf(file.app, alex).get(path).expect(200)).body as { version: number };
    const body = { values: { healthNotes: 'Renewal on track' }, version };
    const first = await send('patch', path, 'attributes-1', body).expect(200);
    const again = await send('patch', path, 'attributes-1', body).expect(200);
    expect(again.body).toEqual(first.body);
    expect(first.body.version).toBe(version + 1);
    expect((await file.store.prisma.company.findUniqueOrThrow({ where: { id: companyId } })).version).toBe(version + 1);
  });

  it('adds one comment', async () => {
    const path = `/api/activities/${activityId}/comments`;
    const first = await send('post', path, 'comment-1', { body: 'Sent the deck' }).expect(201);
    const again = await send('post', path, 'comment-1', { body: 'Sent the deck' }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await file.store.prisma.activityComment.count({ where: { activityId, body: 'Sent the deck' } })).toBe(1);
  });

  it('gives concurrent re-sends one change between them', async () => {
    const path = `/api/activities/${activityId}/comments`;
    const answers = await Promise.all([1, 2, 3].map(() => send('post', path, 'comment-race', { body: 'Only once' })));
    expect(answers.map((res) => res.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((res) => res.body.id)).size).toBe(1);
    expect(await file.store.prisma.activityComment.count({ where: { activityId, body: 'Only once' } })).toBe(1);
  });

  it('refuses the key reused for a different request with a 409 naming Idempotency-Key, changing nothing', async () => {
    const path = `/api/activities/${activityId}/comments`;
    await send('post', path, 'comment-2', { body: 'First words' }).expect(201);
    const reused = await send('post', path, 'comment-2', { body: 'Other words' }).expect(409);
    expect(reused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(reused.body.errors).toEqual([expect.objectContaining({ path: 'Idempotency-Key' })]);
    expect(await file.store.prisma.activityComment.count({ where: { activityId, body: 'Other words' } })).toBe(0);
  });

  it('keeps each user’s keys apart: the same key from another user is their own write', async () => {
    const paul = await signedIn(file.app, file.store, 'paul@acme.example');
    const path = `/api/activities/${activityId}/comments`;
    await send('post', path, 'shared-key', { body: 'From alex' }).expect(201);
    await send('post', path, 'shared-key', { body: 'From paul' }, paul).expect(201);
    expect(await file.store.prisma.activityComment.count({ where: { activityId, body: { in: ['From alex', 'From paul'] } } })).toBe(2);
  });
});
