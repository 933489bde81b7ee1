// Ten years of made-up award data for the dashboard's sample (dashboard/sample/), deterministic from a seed and
// decided by the real award engine under the yunyang-2022 rules: material cut-off 500 (Y16.3), review score
// 0.2 x material + 0.8 x site with cut-off 350 (Y16.6.1-2), composite = review + defense with cut-off 400 and the top
// 2 (Y16.6.3), nobody who won less than 3 years ago or was revoked (Y12). One year is vacant; winners file annual
// reports (Y18) late or not at all now and then, report incidents (Y19), have their prize money inspected (Z24),
// and a few lose the award (Y20).
//   npx tsx scripts/make-dashboard-sample.ts            writes dashboard/sample/*.csv
//   makeDashboardSample({ applicantsPerYear: 5000 })   the bench's large data set
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { Decimal } from '../core/decimal';
import { APPLICATIONS, CATEGORY_SCORES, COMPLIANCE, writeExchange, type ApplicationRow, type CategoryScoreRow, type ComplianceRow } from '../core/exchange/contracts';
import type { ComplianceStatus } from '../core/exchange/vocab';
import { YUNYANG_2022 } from '../core/profiles/yunyang-2022';
import { select, type StageScores } from '../core/selection/select';

const INDUSTRIES = ['装备制造', '食品加工', '建筑建材', '电子信息', '生物医药', '现代农业', '文化旅游', '商贸物流', '能源化工', '现代服务'];
const TOWNS = ['青龙街道', '双江街道', '人和街道', '盘龙街道', '南溪镇', '凤鸣镇', '宝坪镇', '江口镇', '故陵镇', '高阳镇', '龙角镇', '黄石镇', '云阳镇', '栖霞镇', '沙市镇'];
const WORDS = ['三峡', '长江', '磐石', '云阳', '龙缸', '天生', '巴渝', '恒达', '鑫源', '华泰', '瑞丰', '同心', '永兴', '宏图', '金桥', '盛世', '新峡', '汇通', '博远', '安澜'];
const PRIZE = 100000;
const VACANT_YEAR = 2019;

export interface SampleOptions {
  firstYear?: number;
  years?: number;
  /** Applicants of the last year; earlier years have fewer (the award grows). Fixed when `flat` is set. */
  applicantsPerYear?: number;
  flat?: boolean;
  seed?: number;
}

export interface Sample {
  applications: ApplicationRow[];
  categoryScores: CategoryScoreRow[];
  compliance: ComplianceRow[];
}

/** A made-up 18-character unified social credit code: 9150 0235 (Yunyang) + a serial + a letter. */
function creditCode(n: number): string {
  return `915002350${String(n).padStart(8, '0')}${'ABCDEFGHJK'[n % 10]}`;
}

const isoDate = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function makeDashboardSample(opts: SampleOptions = {}): Sample {
  const firstYear = opts.firstYear ?? 2016;
  const nYears = opts.years ?? 10;
  const top = opts.applicantsPerYear ?? 36;
  const rng = xoroshiro128plus(opts.seed ?? 20251123);
  const int = (lo: number, hi: number) => uniformInt(rng, lo, hi);
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  const cats = YUNYANG_2022.criteria.categories;
  const step = YUNYANG_2022.scoring.step;

  // A pool of organisations that apply again over the years, each with its own lasting strength.
  interface Org {
    id: string;
    name: string;
    industry: string;
    town: string;
    strength: number;
    lastWon: number | null;
    revokedIn: number | null;
  }
  const orgs: Org[] = [];
  const newOrg = (): Org => {
    const n = orgs.length + 1;
    const industry = pick(INDUSTRIES);
    const o: Org = {
      id: creditCode(n),
      name: `重庆${pick(WORDS)}${pick(WORDS)}${industry.slice(0, 2)}有限公司`,
      industry,
      town: pick(TOWNS),
      strength: int(35, 80),
      lastWon: null,
      revokedIn: null,
    };
    orgs.push(o);
    return o;
  };

  const applications: ApplicationRow[] = [];
  const categoryScores: CategoryScoreRow[] = [];
  const compliance: ComplianceRow[] = [];
  const lastYear = firstYear + nYears - 1;
  // per winner: obligations follow for the 3 years the award is valid (Z28)
  const winners: { org: Org; year: number; prize: number }[] = [];

  for (let y = firstYear; y <= lastYear; y++) {
    const count = opts.flat ? top : Math.max(8, Math.round((top * (0.5 + (0.5 * (y - firstYear)) / Math.max(1, nYears - 1)))) + int(-3, 3));
    // Y12: no new application within 3 years of a win or a revocation
    const barred = (o: Org) => (o.lastWon !== null && y - o.lastWon < 3) || (o.revokedIn !== null && y - o.revokedIn < 3);
    const chosen = new Set<Org>();
    const returning = orgs.filter((o) => !barred(o));
    while (chosen.size < count) {
      const o = returning.length > 0 && int(0, 99) < 35 ? (returning.splice(int(0, returning.length - 1), 1)[0] as Org) : newOrg();
      chosen.add(o);
    }
    // a weak year in which nobody reaches the review cut-off: the award is left vacant (Y16.6.3)
    const yearShift = y === VACANT_YEAR ? -25 : 0;
    const stageInputs: StageScores[] = [];
    const extra: ApplicationRow[] = [];
    const byId = new Map<string, Org>();
    for (const o of chosen) {
      byId.set(o.id, o);
      const roll = int(0, 99);
      if (roll < 3 || roll >= 97) {
        // withdrawn or found ineligible before any review: no scores
        extra.push({
          year: y, applicantId: o.id, name: o.name, industry: o.industry, town: o.town,
          material: null, site: null, defense: null, score: null, rank: null,
          outcome: roll < 3 ? 'withdrawn' : 'ineligible', awarded: false, prize: new Decimal(0),
        });
        continue;
      }
      const pctOf = (base: number) => Math.max(0, Math.min(100, Math.round((base + int(-12, 12)) / step) * step));
      let material = new Decimal(0);
      for (const c of cats) {
        // results (4.7) and measurement (4.6) run weaker across the county: where the dashboard should show it
        const bias = c.clause === '4.7' ? -8 : c.clause === '4.6' ? -5 : 0;
        const pts = new Decimal(c.points).times(pctOf(o.strength + bias + yearShift)).div(100);
        material = material.plus(pts);
        categoryScores.push({ year: y, applicantId: o.id, stage: 'material', category: c.clause, points: pts, maxPoints: new Decimal(c.points) });
      }
      let site: Decimal | null = null;
      let results: Decimal | null = null;
      if (material.gte(YUNYANG_2022.cutoffs.material!.value)) {
        site = new Decimal(0);
        for (const c of cats) {
          const bias = c.clause === '4.7' ? -10 : c.clause === '4.6' ? -6 : -3;
          const pts = new Decimal(c.points).times(pctOf(o.strength + bias + (y === VACANT_YEAR ? -40 : 0))).div(100);
          site = site.plus(pts);
          if (c.clause === '4.7') results = pts;
          categoryScores.push({ year: y, applicantId: o.id, stage: 'site', category: c.clause, points: pts, maxPoints: new Decimal(c.points) });
        }
      }
      stageInputs.push({ applicantId: o.id, name: o.name, industry: o.industry, material, site, defense: site ? new Decimal(int(60, 95)) : null, results, flags: [] });
    }
    const sel = select(YUNYANG_2022, stageInputs);
    if (sel.problems.length > 0) throw new Error(`sample ${y}: ${JSON.stringify(sel.problems[0])}`);
    for (const r of sel.rows) {
      const o = byId.get(r.applicantId) as Org;
      const awarded = r.outcome === 'candidate';
      // a winner that won before (more than 3 years ago) gets the title again but no money (EXCHANGE.md: prize 0)
      const prize = awarded && o.lastWon === null ? PRIZE : 0;
      applications.push({
        year: y, applicantId: o.id, name: o.name, industry: o.industry, town: o.town,
        material: r.material, site: r.site, defense: r.review !== null && r.review.gte(YUNYANG_2022.cutoffs.review!.value) ? r.defense : null,
        score: r.score, rank: r.rank, outcome: r.outcome, awarded, prize: new Decimal(prize),
      });
      if (awarded) {
        o.lastWon = y;
        winners.push({ org: o, year: y, prize });
      }
    }
    applications.push(...extra);
  }

  // Obligations of each winner while its award is valid, until a revocation ends it.
  const statusOf = (due: string, roll: number): { done: string | null; status: ComplianceStatus } => {
    const [yy, mm, dd] = due.split('-').map(Number) as [number, number, number];
    if (roll < 76) return { done: isoDate(yy, mm, Math.max(1, dd - int(1, 20))), status: 'on_time' };
    if (roll < 88) return { done: isoDate(yy, Math.min(12, mm + 1), int(1, 28)), status: 'late' };
    return { done: null, status: 'missing' };
  };
  for (const w of winners) {
    for (let y = w.year + 1; y <= Math.min(w.year + 3, lastYear); y++) {
      const rows: ComplianceRow[] = [];
      const base = { year: y, applicantId: w.org.id, name: w.org.name, awardYear: w.year, revoked: false };
      const due = isoDate(y, 6, 30);
      const rep = statusOf(due, int(0, 99));
      rows.push({ ...base, obligation: 'annual_report', due, ...rep });
      if (y === w.year + 1 && w.prize > 0) {
        const failed = int(0, 99) < 12;
        rows.push({ ...base, obligation: 'fund_inspection', due: isoDate(y, 12, 31), done: isoDate(y, 11, int(1, 28)), status: failed ? 'failed' : 'passed' });
      }
      if (int(0, 99) < 8) {
        const late = int(0, 99) < 40;
        rows.push({ ...base, obligation: 'incident_report', due: isoDate(y, 8, 20), done: isoDate(y, late ? 9 : 8, late ? 15 : 10), status: late ? 'late' : 'on_time' });
      }
      // a missing report costs the award when the committee finds it serious (Y20): most of the time in this sample
      const revoke = rep.status === 'missing' && int(0, 99) < 80;
      if (revoke) for (const r of rows) if (r.status !== 'on_time' && r.status !== 'passed') r.revoked = true;
      compliance.push(...rows);
      if (revoke) {
        w.org.revokedIn = y;
        break;
      }
    }
  }
  return { applications, categoryScores, compliance };
}

/** The three exchange files of a sample, as the add-in would export them. */
export function sampleFiles(s: Sample): Record<string, string> {
  return {
    [APPLICATIONS.fileName]: writeExchange(APPLICATIONS, s.applications),
    [CATEGORY_SCORES.fileName]: writeExchange(CATEGORY_SCORES, s.categoryScores),
    [COMPLIANCE.fileName]: writeExchange(COMPLIANCE, s.compliance),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'dashboard', 'sample');
  mkdirSync(out, { recursive: true });
  const s = makeDashboardSample();
  for (const [name, text] of Object.entries(sampleFiles(s))) writeFileSync(join(out, name), text);
  const years = [...new Set(s.applications.map((r) => r.year))];
  for (const y of years) {
    const a = s.applications.filter((r) => r.year === y);
    console.log(`${y}: ${a.length} applicants, awarded ${a.filter((r) => r.awarded).length}, revoked ${new Set(s.compliance.filter((r) => r.year === y && r.revoked).map((r) => r.applicantId)).size}`);
  }
  console.log(`wrote ${out}`);
}
