/**
 * The built-in report's prose: strengths, weaknesses and a summary written from the figures
 * (../report.ts), in a canonical order, so the same interview always gets the same report, word
 * for word. It never names the candidate: the report writer does not know who they are.
 */
import type { JobBrief, ReportProse } from "../provider.ts";
import type { CompetencyResult, ReportFigures } from "../report.ts";

/** A competency at or above this is a strength; below WEAK, a weakness. */
const STRONG = 65;
const WEAK = 50;
const LISTED = 5;

const VERDICT: Record<ReportFigures["recommendation"], string> = {
  strong_hire: "strong hire: specific, well-evidenced answers across the interview",
  hire: "hire: solid answers, with some gaps worth probing",
  maybe: "maybe: mixed answers; a follow-up conversation on the weak areas would settle it",
  no_hire: "no hire: the answers did not show the depth the role needs",
};

export function writeReport(job: JobBrief, figures: ReportFigures): ReportProse {
  const byScore = [...figures.competencies].sort((a, b) => b.score - a.score);
  const strong = byScore.filter((item) => item.score >= STRONG).slice(0, LISTED);
  const weak = byScore.filter((item) => item.score < WEAK).reverse().slice(0, LISTED);

  const strengths = strong.map((item) =>
    describe(item, item.evidence.map((e) => e.point), "showed")
  );
  const weaknesses = weak.map((item) => describe(item, item.missing, "missing"));
  const unanswered = figures.total - figures.answered;
  if (unanswered > 0) {
    weaknesses.push(`Left ${unanswered} of ${figures.total} questions unanswered`);
  }
  const contradicted = figures.claim_check.filter((check) => check.status === "contradicted");
  if (contradicted.length > 0) {
    weaknesses.push(
      clip(
        `Answers contradict ${
          contradicted.length === 1 ? "a CV claim" : `${contradicted.length} CV claims`
        }: ${contradicted.map((check) => `“${check.claim}”`).join("; ")}`,
      ),
    );
  }

  const sentences = figures.total === 0
    ? [`The candidate has no scored answers for the ${job.title} role.`]
    : [
      `The candidate answered ${figures.answered} of ${figures.total} questions for the ${job.title} role ` +
      `(${job.seniority}, ${job.difficulty} difficulty)` +
      (figures.follow_ups
        ? ` and ${figures.follow_ups} follow-up${figures.follow_ups === 1 ? "" : "s"}`
        : "") +
      `, and scored ${figures.overall_score}/100 overall, covering ${figures.coveredPoints} of ${figures.totalPoints} expected points.`,
    ];
  if (byScore.length > 1 && byScore[0].score > byScore[byScore.length - 1].score) {
    const best = byScore[0];
    const worst = byScore[byScore.length - 1];
    sentences.push(
      `Strongest: ${best.name} (${best.score}/100); weakest: ${worst.name} (${worst.score}/100).`,
    );
  }
  if (figures.claim_check.length > 0) {
    const by = (status: string) =>
      figures.claim_check.filter((check) => check.status === status).length;
    sentences.push(
      `CV claims probed: ${figures.claim_check.length} (${by("supported")} supported, ${
        by("unsupported")
      } unsupported, ${by("contradicted")} contradicted).`,
    );
  }
  if (figures.flags.length > 0) {
    sentences.push(
      `Flags for review: ${[...new Set(figures.flags.map((flag) => flag.code))].join(", ")}.`,
    );
  }
  sentences.push(`Recommendation: ${VERDICT[figures.recommendation]}.`);

  return {
    summary: clip(sentences.join(" "), 10_000),
    strengths: strengths.slice(0, 10),
    weaknesses: weaknesses.slice(0, 10),
  };
}

function describe(item: CompetencyResult, points: string[], verb: string): string {
  const head = `${item.name} (${item.score}/100)`;
  const listed = [...new Set(points)].slice(0, 3);
  return clip(listed.length ? `${head}: ${verb} ${listed.join("; ")}` : head);
}

function clip(text: string, max = 500): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
