import type { AttributeType } from '../generated/prisma/client.ts';
import { Prisma } from '../store/prisma.ts';
import { CONTRACT_TYPES, HEALTH_NOTES, LIFECYCLES, STAGES, STATUSES } from './catalog.ts';
import { REFERENCE_NOW, addDays, dateOnly } from './clock.ts';
import type { DomainContext } from './model.ts';
import { rngFor, seedId } from './random.ts';
import type { SeedRows } from './seed-rows.ts';

interface AttributeSpec {
  key: string;
  label: string;
  labelJa: string;
  type: AttributeType;
  /** The Company column of a standard attribute; custom ones live in CompanyAttributeValue. */
  standardField?: string;
  options?: ReadonlyArray<{ value: string; label: string; labelJa: string }>;
  readOnly?: boolean;
  required?: boolean;
  /** Limits of a number or currency; without them, the store's default: at least 0 (amounts and counts). */
  bounds?: { min: number | null; max: number | null };
}

export const ATTRIBUTE_SPECS: readonly AttributeSpec[] = [
  { key: 'arr', label: 'ARR', labelJa: 'ARR（年間経常収益）', type: 'CURRENCY', standardField: 'arr' },
  { key: 'mrr', label: 'MRR', labelJa: 'MRR（月間経常収益）', type: 'CURRENCY', standardField: 'mrr' },
  { key: 'renewalDate', label: 'Renewal Date', labelJa: '更新日', type: 'DATE', standardField: 'renewalDate' },
  { key: 'originalContractDate', label: 'Original Contract Date', labelJa: '初回契約日', type: 'DATE', standardField: 'originalContractDate' },
  { key: 'stage', label: 'Stage', labelJa: 'ステージ', type: 'PICKLIST', standardField: 'stage', options: STAGES },
  { key: 'status', label: 'Status', labelJa: 'ステータス', type: 'PICKLIST', standardField: 'status', options: STATUSES },
  { key: 'lifecycle', label: 'Lifecycle', labelJa: 'ライフサイクル', type: 'PICKLIST', standardField: 'lifecycle', options: LIFECYCLES },
  { key: 'industry', label: 'Industry', labelJa: '業種', type: 'TEXT', standardField: 'industry' },
  { key: 'employees', label: 'Employees', labelJa: '従業員数', type: 'NUMBER', standardField: 'employees' },
  { key: 'csm', label: 'CSM', labelJa: '担当CSM', type: 'USER', standardField: 'csmId' },
  { key: 'nps', label: 'NPS', labelJa: 'NPS', type: 'NUMBER', standardField: 'nps', readOnly: true, bounds: { min: -100, max: 100 } },
  { key: 'contractType', label: 'Contract Type', labelJa: '契約形態', type: 'PICKLIST', options: CONTRACT_TYPES, required: true },
  { key: 'executiveSponsor', label: 'Executive Sponsor', labelJa: 'エグゼクティブスポンサー', type: 'TEXT' },
  { key: 'onboardingComplete', label: 'Onboarding Complete', labelJa: 'オンボーディング完了', type: 'BOOLEAN' },
  { key: 'nextQbr', label: 'Next QBR', labelJa: '次回QBR', type: 'DATE' },
  { key: 'licensedSeats', label: 'Licensed Seats', labelJa: '契約ライセンス数', type: 'NUMBER' },
  { key: 'renewalOwner', label: 'Renewal Owner', labelJa: '更新担当者', type: 'USER' },
  { key: 'healthNotes', label: 'Health Notes', labelJa: 'ヘルスメモ', type: 'TEXT' },
];

/** What the admin chose to show in the Zoom app, in order. */
export const ZOOM_LAYOUT_KEYS = [
  'arr',
  'renewalDate',
  'stage',
  'csm',
  'nps',
  'contractType',
  'executiveSponsor',
  'nextQbr',
  'onboardingComplete',
  'licensedSeats',
  'renewalOwner',
  'healthNotes',
] as const;

/** The attribute definitions, the Zoom layout and every company's custom values. */
export function buildAttributes(ctx: DomainContext, rows: SeedRows): void {
  const domainId = ctx.domain.id;
  const definitionIds = new Map<string, string>();
  for (const spec of ATTRIBUTE_SPECS) {
    const id = seedId('attribute', ctx.domain.key, spec.key);
    definitionIds.set(spec.key, id);
    rows.attributeDefinition.push({
      id,
      domainId,
      key: spec.key,
      label: spec.label,
      labelJa: spec.labelJa,
      type: spec.type,
      standardField: spec.standardField ?? null,
      options: spec.options ? [...spec.options] : Prisma.DbNull,
      readOnly: spec.readOnly ?? false,
      required: spec.required ?? false,
      // Every row names both (a bulk insert leaves a missing column NULL, not at its default of 0).
      minValue: spec.bounds?.min ?? 0,
      maxValue: spec.bounds?.max ?? null,
    });
  }
  ZOOM_LAYOUT_KEYS.forEach((key, position) => {
    const definitionId = definitionIds.get(key)!;
    rows.zoomAttributeLayoutItem.push({ id: seedId('zoom-layout', definitionId), domainId, definitionId, position });
  });

  const owners = ctx.users.filter((user) => user.licence === 'FULL');
  for (const company of ctx.companies) {
    const rng = rngFor(ctx.domain.key, 'attributes', company.name);
    const updatedAt = addDays(REFERENCE_NOW, -rng.int(1, 60));
    const value = (key: string, typed: Partial<Prisma.CompanyAttributeValueCreateManyInput>) => {
      const definitionId = definitionIds.get(key)!;
      rows.companyAttributeValue.push({
        id: seedId('attribute-value', company.id, key),
        domainId,
        companyId: company.id,
        definitionId,
        textValue: null,
        numberValue: null,
        dateValue: null,
        booleanValue: null,
        userValueId: null,
        updatedById: company.csmId,
        updatedAt,
        ...typed,
      });
    };
    value('contractType', { textValue: rng.pick(CONTRACT_TYPES).value });
    const sponsor = company.persons.find((person) => person.senior);
    if (sponsor && rng.chance(0.85)) value('executiveSponsor', { textValue: sponsor.fullName });
    value('onboardingComplete', { booleanValue: company.stage !== 'Onboarding' && company.stage !== 'New Customer' });
    if (rng.chance(0.7)) value('nextQbr', { dateValue: dateOnly(addDays(REFERENCE_NOW, rng.int(5, 90))) });
    value('licensedSeats', { numberValue: new Prisma.Decimal(Math.max(10, Math.round((company.employees * rng.int(5, 40)) / 100))) });
    if (rng.chance(0.6)) value('renewalOwner', { userValueId: rng.chance(0.7) ? company.csmId : rng.pick(owners).id });
    if (rng.chance(0.4)) value('healthNotes', { textValue: rng.pick(HEALTH_NOTES[company.language]) });
  }
}
