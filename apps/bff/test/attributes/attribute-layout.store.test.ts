import { attributeLayoutSchema, companyAttributesSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { companyIdOf, get, signedIn } from '../support/gainsight.ts';
import { clientOf } from '../support/http-client.ts';

const file = fileAppOf(it, ['session', 'rateLimitCounter']);

const put = (cookie: string, body: object) => clientOf(file.app, cookie).put('/api/admin/attribute-layout', body);

describe('/api/admin/attribute-layout', () => {
  it('lets the tenant admin reorder the fields, and the Attributes tab follows', async () => {
    const alex = await signedIn(file.app, file.store, 'alex@acme.example');
    const layout = attributeLayoutSchema.parse((await get(file.app, '/api/admin/attribute-layout', alex).expect(200)).body);
    const reordered = [...layout.keys].reverse();
    expect(attributeLayoutSchema.parse((await put(alex, { keys: reordered }).expect(200)).body).keys).toEqual(reordered);

    const companyId = await companyIdOf(file.store, 'acme.gainsightcloud.com');
    const attributes = companyAttributesSchema.parse((await get(file.app, `/api/companies/${companyId}/attributes`, alex).expect(200)).body);
    expect(attributes.fields.map((field) => field.key)).toEqual(reordered);
  });

  it('lets the tenant admin bound a number field, which the Attributes tab carries and every edit keeps', async () => {
    const alex = await signedIn(file.app, file.store, 'alex@acme.example');
    const { keys } = attributeLayoutSchema.parse((await get(file.app, '/api/admin/attribute-layout', alex).expect(200)).body);
    const shown = keys.includes('licensedSeats') ? keys : [...keys, 'licensedSeats'];
    const saved = attributeLayoutSchema.parse((await put(alex, { keys: shown, bounds: { licensedSeats: { min: 5, max: 900 } } }).expect(200)).body);
    expect(saved.definitions.find((definition) => definition.key === 'licensedSeats')).toMatchObject({ min: 5, max: 900 });

    const path = `/api/companies/${await companyIdOf(file.store, 'acme.gainsightcloud.com')}/attributes`;
    const attributes = companyAttributesSchema.parse((await get(file.app, path, alex).expect(200)).body);
    expect(attributes.fields.find((field) => field.key === 'licensedSeats')).toMatchObject({ min: 5, max: 900 });
    const refused = await clientOf(file.app, alex).patch(path, { values: { licensedSeats: 4 }, version: attributes.version });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ path: 'values.licensedSeats', message: 'Enter 5 or more.' }]);
  });

  it('answers bounds that are upside down or not for a number field with 400 naming them', async () => {
    const alex = await signedIn(file.app, file.store, 'alex@acme.example');
    const res = await put(alex, { keys: ['arr'], bounds: { arr: { min: 10, max: 1 } } }).expect(400);
    expect(res.body.errors).toEqual([{ path: 'bounds.arr.max', message: 'The maximum cannot be below the minimum.' }]);
    const text = await put(alex, { keys: ['arr'], bounds: { healthNotes: { min: 0, max: 1 } } }).expect(400);
    expect(text.body.errors.map((error: { path: string }) => error.path)).toEqual(['bounds.healthNotes']);
  });

  it.each(['hana.sato@acme.example', 'paul@acme.example', 'vera@acme.example'])('refuses %s, who is no tenant admin', async (username) => {
    const cookie = await signedIn(file.app, file.store, username);
    await get(file.app, '/api/admin/attribute-layout', cookie).expect(403);
    await put(cookie, { keys: [] }).expect(403);
  });

  it('answers unknown keys and a bad body with 400 naming the field', async () => {
    const alex = await signedIn(file.app, file.store, 'alex@acme.example');
    expect((await put(alex, { keys: ['arr', 'shoeSize'] }).expect(400)).body.errors).toEqual([
      { path: 'keys.1', message: 'There is no attribute "shoeSize".' },
    ]);
    expect((await put(alex, { keys: 'arr' }).expect(400)).body.errors[0].path).toBe('keys');
  });
});
