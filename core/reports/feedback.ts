import { hundredthsToString } from '../decimal';
import { bandOf, type Profile } from '../profiles/profile';
import type { ApplicantTally } from '../scoring/tally';

/** What reviewers wrote about one item of one applicant (strengths, opportunities for improvement). */
export interface ItemComment {
  applicantId: string;
  stage: 'material' | 'site';
  item: string;
  text: string;
}

export interface FeedbackItem {
  clause: string;
  name: string;
  points: number;
  percent: number | null;
  band: number | null;
  /** Every distinct remark on the item, merged, without the names of the reviewers who wrote them. */
  remarks: string[];
}

export interface FeedbackCategory {
  clause: string;
  name: string;
  points: number;
  score: string;
  items: FeedbackItem[];
}

/** The review report an applicant receives (Y16.3): its score per category and item band, and the group's remarks. */
export interface FeedbackReport {
  applicantId: string;
  name: string;
  stage: 'material' | 'site';
  total: string;
  categories: FeedbackCategory[];
  /** How far the applicant got, as a sentence for the cover ("未达到资料评审分数线 500 分（Y16.3）"). */
  reached: string;
}

export function feedbackReport(
  profile: Profile,
  applicant: { id: string; name: string },
  tally: ApplicantTally,
  comments: readonly ItemComment[],
  stage: 'material' | 'site',
  reached: string,
): FeedbackReport {
  const byItem = new Map(tally.items.map((i) => [i.item, i]));
  const sub = new Map(tally.categories.map((c) => [c.clause, c.hundredths]));
  const categories = profile.criteria.categories.map((c) => ({
    clause: c.clause,
    name: c.name.zh,
    points: c.points,
    score: sub.get(c.clause) == null ? '' : hundredthsToString(sub.get(c.clause)!),
    items: c.items.map((it) => {
      const t = byItem.get(it.clause);
      const pct = t?.consensus ?? null;
      const remarks = [
        ...new Set(
          comments
            .filter((k) => k.applicantId === applicant.id && k.stage === stage && k.item === it.clause)
            .map((k) => k.text.trim())
            .filter(Boolean),
        ),
      ];
      return { clause: it.clause, name: it.name.zh, points: it.points, percent: pct, band: pct === null ? null : bandOf(profile, pct), remarks };
    }),
  }));
  return {
    applicantId: applicant.id,
    name: applicant.name,
    stage,
    total: tally.total === null ? '' : hundredthsToString(tally.total),
    categories,
    reached,
  };
}
