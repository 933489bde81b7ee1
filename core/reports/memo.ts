import { fmt2 } from '../decimal';
import { OUTCOME_VOCAB } from '../exchange/vocab';
import type { Profile } from '../profiles/profile';
import type { SelectionRow, StageScores } from '../selection/select';
import { sensitivity, type ReviewerTotal, type Scenario } from './sensitivity';

export interface MemoLine {
  applicantId: string;
  name: string;
  industry: string;
  rank: number | null;
  score: string;
  outcome: string;
  outcomeLabel: string;
  clause: string;
}

/** What the committee reads before it votes (Y16.9, Z17.7): the official result and advice beside it. */
export interface DecisionMemo {
  profile: Profile;
  year: number;
  lines: MemoLine[];
  candidates: MemoLine[];
  tiedForVote: MemoLine[];
  vacant: boolean;
  vacancyClause: string | null;
  /** Industries of the candidates (and tied), for the committee's view of representativeness (Z17.7). */
  industries: { industry: string; count: number }[];
  scenarios: Scenario[];
  problems: number;
}

function line(r: SelectionRow): MemoLine {
  return {
    applicantId: r.applicantId,
    name: r.name ?? r.applicantId,
    industry: r.industry ?? '',
    rank: r.rank,
    score: r.score ? fmt2(r.score) : '',
    outcome: r.outcome,
    outcomeLabel: OUTCOME_VOCAB[r.outcome].zh,
    clause: r.clause,
  };
}

export function decisionMemo(profile: Profile, year: number, applicants: readonly StageScores[], reviewerTotals: readonly ReviewerTotal[] = []): DecisionMemo {
  const scenarios = sensitivity(profile, applicants, reviewerTotals);
  const official = scenarios[0]!.selection;
  const lines = official.rows.map(line);
  const candidates = lines.filter((l) => l.outcome === 'candidate');
  const tiedForVote = lines.filter((l) => l.outcome === 'tie');
  const counts = new Map<string, number>();
  for (const l of [...candidates, ...tiedForVote]) counts.set(l.industry, (counts.get(l.industry) ?? 0) + 1);
  return {
    profile,
    year,
    lines,
    candidates,
    tiedForVote,
    vacant: official.vacant,
    vacancyClause: official.vacancyClause,
    industries: [...counts].map(([industry, count]) => ({ industry, count })).sort((a, b) => b.count - a.count || a.industry.localeCompare(b.industry)),
    scenarios,
    problems: official.problems.length,
  };
}
