import { z } from 'zod';

/** A profile as a county writes it in JSON. Decimal values may be strings or numbers. */
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const decimalString = z.union([z.string().regex(/^\s*\d+(\.\d+)?\s*$/), z.number().nonnegative()]).transform((v) => String(v).trim());
const clause = z.string().min(1);
const cutoff = z.object({ value: decimalString, clause }).strict().nullable();

const itemSchema = z
  .object({ clause, name: text, points: z.number().int().positive(), confirmed: z.boolean().default(false) })
  .strict();
const categorySchema = z
  .object({
    clause,
    name: text,
    points: z.number().int().positive(),
    kind: z.enum(['process', 'results']),
    confirmed: z.boolean().default(false),
    items: z.array(itemSchema).min(1),
  })
  .strict();
export const criteriaTreeSchema = z
  .object({ id: z.string().min(1), name: text, total: z.number().int().positive(), categories: z.array(categorySchema).min(1) })
  .strict();

const limit = z.object({ value: z.number().int().positive(), clause }).strict();
const exclusionKind = z.enum(['policy', 'licence', 'accident', 'spot_check', 'loss', 'untrustworthy', 'fraud', 'wage_arrears', 'violation']);
const eligibilitySchema = z
  .object({
    operatingYears: z.object({ years: z.number().int().min(0), littleGiantYears: z.number().int().min(0).nullable(), clause }).strict(),
    excellenceYears: limit.nullable(),
    textLimits: z.object({ profile: limit.nullable(), selfEvaluation: limit.nullable() }).strict(),
    recommendation: z.object({ clause }).strict(),
    exclusions: z.partialRecord(exclusionKind, z.object({ clause, lookBackYears: z.number().int().positive().nullable() }).strict()),
    sinceAward: limit,
    sinceRevocation: limit,
    region: z.object({ codes: z.array(z.string().regex(/^\d{6}$/)).min(1), clause }).strict().nullable(),
  })
  .strict();
const noticeRule = z.object({ days: z.number().int().positive(), unit: z.enum(['calendar', 'working']), clause }).strict();
const noticeSchema = z.object({ candidates: noticeRule, internal: noticeRule.nullable() }).strict();
const awardLifeSchema = z
  .object({
    validity: limit,
    ban: limit,
    prize: z.object({ amount: decimalString, clause }).strict().nullable(),
    repeatWithoutPrize: z.boolean(),
    annualReport: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31), clause }).strict(),
    incidentReport: limit.nullable(),
    fundInspection: z.object({ clause }).strict().nullable(),
  })
  .strict();

export const profileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: text,
    sources: z.array(z.string()),
    criteria: z.union([z.string().min(1), criteriaTreeSchema]),
    scoring: z.object({ step: z.number(), bandFloors: z.array(z.number().int().min(0).max(100)).min(1) }).strict(),
    consensus: z
      .object({
        method: z.literal('mean_round_to_step'),
        spreadThreshold: z.number().positive().max(100),
        bandGap: z.number().int().min(1),
      })
      .strict(),
    group: z.object({ min: z.number().int().min(1), max: z.number().int().min(1), clause }).strict(),
    defense: z
      .object({
        max: z.number().int().positive(),
        minScorers: z.number().int().min(1),
        advisors: z.object({ min: z.number().int().min(0), max: z.number().int().min(0) }).strict(),
        aggregate: z.enum(['mean', 'trimmed_mean']),
        clause,
      })
      .strict()
      .nullable(),
    weights: z.object({ material: decimalString, site: decimalString, clause }).strict().nullable(),
    cutoffs: z.object({ material: cutoff, review: cutoff, composite: cutoff }).strict(),
    ranking: z.object({ score: z.enum(['composite', 'review', 'site']), clause }).strict(),
    quota: z.object({ max: z.number().int(), clause }).strict(),
    tieBreaks: z.array(z.enum(['site', 'defense', 'results', 'material'])),
    tieClause: clause,
    repeatWinners: z.object({ outsideQuota: z.boolean(), clause }).strict(),
    disqualifyClause: clause,
    siteReviewClause: clause,
    vacancyClause: clause,
    eligibility: eligibilitySchema.optional(),
    notice: noticeSchema.optional(),
    awardLife: awardLifeSchema.optional(),
    panel: z.object({ drawClause: clause, recusal: z.object({ interest: clause, complaint: clause }).strict() }).strict().optional(),
  })
  .strict();

export type ProfileJson = z.input<typeof profileSchema>;
