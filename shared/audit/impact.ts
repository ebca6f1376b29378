/**
 * A bias audit's summary from the aggregates private.impact_counts returns
 * (20261204002400_self_identification.sql), as New York City's Local Law 144 and its rules
 * (6 RCNY § 5-301) define it:
 *
 * - selection rate: the share of a category selected (here: whose current human decision is
 *   `advance`); scoring rate: the share of a category whose overall score is above the whole
 *   sample's median;
 * - impact ratio: a category's rate over the highest rate among the categories compared;
 * - a category under 2 % of the data may be left out of the impact ratios; it is still shown,
 *   with its count and rates, and named among the exclusions;
 * - individuals whose category is unknown (not given, or declined) are counted apart, and in no
 *   category.
 */
import type { CategoryImpact, ImpactReport } from "../schemas/self_identification.ts";

/** One group of private.impact_counts. */
export interface ImpactCounts {
  sex: string | null;
  race_ethnicity: string | null;
  by_sex: boolean;
  by_race: boolean;
  assessed: number;
  selected: number;
  above_median: number;
  median: number | string | null;
}

/** Under this share of everyone assessed, a category is left out of the impact ratios. */
export const EXCLUSION_SHARE = 0.02;

export const METHOD =
  "Each candidate counts once, by their latest interview for the job completed in the window that has a report. Selection rate: the share of a category whose current decision, made by a person, is `advance`. Scoring rate: the share of a category whose current overall score is above the median of everyone assessed. Impact ratio: a category's rate divided by the highest rate among the categories compared. Categories under 2 % of those assessed are shown but left out of the impact ratios. Unknown (not given, or declined) is counted apart and in no category. Self-identification is voluntary and given by the candidate; it never reaches the AI or the scores.";

export function impactSummary(
  rows: ImpactCounts[],
  window: { jobId: string; from: Date; to: Date },
): ImpactReport {
  const total = rows.find((row) => !row.by_sex && !row.by_race);
  const assessed = total?.assessed ?? 0;
  const median = total?.median === null || total?.median === undefined
    ? null
    : Number(total.median);
  const group = (bySex: boolean, byRace: boolean) =>
    rows.filter((row) => row.by_sex === bySex && row.by_race === byRace);
  const unknownOf = (list: ImpactCounts[], known: (row: ImpactCounts) => boolean) =>
    list.filter((row) => !known(row)).reduce((sum, row) => sum + row.assessed, 0);
  const isKnown = (value: string | null) => value !== null && value !== "unknown";

  const sexRows = group(true, false);
  const raceRows = group(false, true);
  const pairRows = group(true, true);
  const sex = compare(sexRows.filter((row) => isKnown(row.sex)), assessed);
  const race = compare(raceRows.filter((row) => isKnown(row.race_ethnicity)), assessed);
  const intersections = compare(
    pairRows.filter((row) => isKnown(row.sex) && isKnown(row.race_ethnicity)),
    assessed,
  );
  return {
    job_description_id: window.jobId,
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    assessed,
    median_overall_score: median,
    unknown: {
      sex: unknownOf(sexRows, (row) => isKnown(row.sex)),
      race_ethnicity: unknownOf(raceRows, (row) => isKnown(row.race_ethnicity)),
      intersection: unknownOf(
        pairRows,
        (row) => isKnown(row.sex) && isKnown(row.race_ethnicity),
      ),
    },
    sex,
    race_ethnicity: race,
    intersections,
    excluded_categories: [...sex, ...race, ...intersections].filter((c) => c.excluded)
      .map((c) => c.category),
    method: METHOD,
  };
}

/** Rates per category, and each over the highest among those not excluded. */
function compare(rows: ImpactCounts[], total: number): CategoryImpact[] {
  const categories = rows.map((row) => {
    return {
      category: [row.by_sex ? row.sex : null, row.by_race ? row.race_ethnicity : null]
        .filter(Boolean).join(" / "),
      sex: row.by_sex ? row.sex : null,
      race_ethnicity: row.by_race ? row.race_ethnicity : null,
      assessed: row.assessed,
      share: total > 0 ? row.assessed / total : 0,
      selected: row.selected,
      selection_rate: row.assessed > 0 ? row.selected / row.assessed : 0,
      selection_impact_ratio: null as number | null,
      scored_above_median: row.above_median,
      scoring_rate: row.assessed > 0 ? row.above_median / row.assessed : 0,
      scoring_impact_ratio: null as number | null,
      excluded: total > 0 && row.assessed / total < EXCLUSION_SHARE,
    };
  });
  const compared = categories.filter((category) => !category.excluded);
  const best = (rate: (c: CategoryImpact) => number) => Math.max(0, ...compared.map(rate));
  const bestSelection = best((c) => c.selection_rate);
  const bestScoring = best((c) => c.scoring_rate);
  for (const category of compared) {
    category.selection_impact_ratio = bestSelection > 0
      ? round(category.selection_rate / bestSelection)
      : null;
    category.scoring_impact_ratio = bestScoring > 0
      ? round(category.scoring_rate / bestScoring)
      : null;
  }
  return categories.map((category) => ({
    ...category,
    share: round(category.share),
    selection_rate: round(category.selection_rate),
    scoring_rate: round(category.scoring_rate),
  })).sort((a, b) => b.assessed - a.assessed || (a.category < b.category ? -1 : 1));
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
