/**
 * A candidate's voluntary self-identification (private.self_identifications), for bias audits,
 * and the audit's summary (GET /reports/impact): the figures New York City's Local Law 144 asks
 * for. A recruiter never reads a candidate's answer, only these aggregates.
 */
import { z } from "zod";
import { Timestamp, Uuid } from "./common.ts";

export const Sex = z.enum(["female", "male", "nonbinary", "decline"]).meta({
  id: "Sex",
  description: "decline: prefer not to say.",
});

/** The EEO-1 race/ethnicity categories, and "decline". */
export const RaceEthnicity = z.enum([
  "hispanic_latino",
  "white",
  "black_african_american",
  "native_hawaiian_pacific_islander",
  "asian",
  "american_indian_alaska_native",
  "two_or_more",
  "decline",
]).meta({
  id: "RaceEthnicity",
  description: "The EEO-1 categories (Hispanic or Latino, then races); decline: prefer not to say.",
});

export const SelfIdentificationCreate = z.object({
  sex: Sex,
  race_ethnicity: RaceEthnicity,
}).strict().meta({
  id: "SelfIdentificationCreate",
  description:
    "Voluntary. Kept apart from the interview, never given to the AI or the scorer, never shown to a recruiter: used only in aggregate for bias audits.",
});

export const SelfIdentification = SelfIdentificationCreate.extend({
  updated_at: Timestamp,
}).meta({ id: "SelfIdentification" });
export type SelfIdentification = z.infer<typeof SelfIdentification>;

export const ImpactQuery = z.object({
  job_description_id: Uuid,
  from: Timestamp.optional().meta({
    description: "Interviews completed from (inclusive); a year before `to` by default.",
  }),
  to: Timestamp.optional().meta({ description: "Up to (exclusive); now by default." }),
}).strict().refine(
  (query) => !query.from || !query.to || Date.parse(query.from) < Date.parse(query.to),
  { path: ["to"], message: "Must be after `from`." },
);

export const CategoryImpact = z.object({
  category: z.string().meta({ description: "`female`, `asian`, or `female / asian`." }),
  sex: z.string().nullable(),
  race_ethnicity: z.string().nullable(),
  assessed: z.int().min(0),
  share: z.number().min(0).max(1).meta({ description: "Of everyone assessed." }),
  selected: z.int().min(0).meta({ description: "Whose current decision is `advance`." }),
  selection_rate: z.number().min(0).max(1),
  selection_impact_ratio: z.number().min(0).nullable().meta({
    description: "This selection rate over the highest category's; null when excluded.",
  }),
  scored_above_median: z.int().min(0),
  scoring_rate: z.number().min(0).max(1).meta({
    description: "The share whose overall score is above the sample's median.",
  }),
  scoring_impact_ratio: z.number().min(0).nullable().meta({
    description: "This scoring rate over the highest category's; null when excluded.",
  }),
  excluded: z.boolean().meta({
    description: "Under 2 % of those assessed: left out of the impact ratios, still shown.",
  }),
}).meta({ id: "CategoryImpact" });
export type CategoryImpact = z.infer<typeof CategoryImpact>;

export const ImpactReport = z.object({
  job_description_id: Uuid,
  from: Timestamp,
  to: Timestamp,
  assessed: z.int().min(0).meta({
    description: "People assessed: each candidate once, by their latest reported interview.",
  }),
  median_overall_score: z.number().nullable(),
  unknown: z.object({
    sex: z.int().min(0),
    race_ethnicity: z.int().min(0),
    intersection: z.int().min(0),
  }).meta({ description: "Assessed without that category (not given, or declined)." }),
  sex: z.array(CategoryImpact),
  race_ethnicity: z.array(CategoryImpact),
  intersections: z.array(CategoryImpact),
  excluded_categories: z.array(z.string()),
  method: z.string(),
}).meta({
  id: "ImpactReport",
  description:
    "A bias audit's summary in the form New York City's Local Law 144 asks for: per category and per intersection, the number assessed, selection and scoring rates and their impact ratios.",
});
export type ImpactReport = z.infer<typeof ImpactReport>;
