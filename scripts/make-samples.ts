// Writes the sample award years under samples/ (deterministic: the same files every run).
// The stage scores are computed by core from the generated entries, so the samples agree with the rules.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { fmt2, hundredthsToDecimal } from '../core/decimal';
import { toCsv } from '../core/exchange/csv-write';
import { leafItems } from '../core/profiles/criteria';
import type { Profile } from '../core/profiles/profile';
import { YUNYANG_2022 } from '../core/profiles/yunyang-2022';
import { ZHONGMU } from '../core/profiles/zhongmu';
import { Decimal } from '../core/decimal';
import { defenseScore } from '../core/scoring/defense';
import { tallyStage, type Entry } from '../core/scoring/tally';

interface Applicant { id: string; name: string; industry: string; town: string; quality: number }

const YUNYANG: Applicant[] = [
  ['9150023552601815JC', '重庆云阳盛源食品有限公司', '食品加工', '青龙街道', 0.78],
  ['915002350830166175', '云阳县恒达建材有限责任公司', '建材', '双江街道', 0.74],
  ['9150023518609139YB', '重庆三峡云海药业股份有限公司', '医药制造', '人和街道', 0.66],
  ['9150023509960308UH', '云阳县鑫宇机械制造有限公司', '装备制造', '盘龙街道', 0.6],
  ['9150023524628194HG', '重庆云阳龙缸文化旅游开发有限公司', '文化旅游', '龙缸镇', 0.55],
  ['9150023521993518NB', '云阳县绿源柑橘专业合作社', '农产品加工', '南溪镇', 0.47],
  ['9150023519093786Q3', '重庆云阳港航物流有限公司', '物流', '高阳镇', 0.42],
].map(([id, name, industry, town, quality]) => ({ id, name, industry, town, quality }) as Applicant);

const ZHONGMU_APPS: Applicant[] = [
  ['9141012276018955NN', '中牟县郑庵汽车零部件有限公司', '汽车零部件', '郑庵镇', 0.76],
  ['9141012259797114F7', '河南牟山食品股份有限公司', '食品加工', '青年路街道', 0.71],
  ['914101221049746509', '中牟县雁鸣湖生态农业有限公司', '现代农业', '雁鸣湖镇', 0.64],
  ['9141012275291703QQ', '郑州官渡新材料科技有限公司', '新材料', '官渡镇', 0.6],
  ['9141012242366712EB', '中牟县白沙物流园有限公司', '物流', '白沙镇', 0.52],
  ['9141012268426846BD', '河南绿博园林工程有限公司', '园林绿化', '刘集镇', 0.45],
].map(([id, name, industry, town, quality]) => ({ id, name, industry, town, quality }) as Applicant);

const rng = xoroshiro128plus(20251123);
const int = (min: number, max: number): number => uniformInt(rng, min, max);

function entriesFor(profile: Profile, apps: Applicant[], reviewers: string[], bias: number): Entry[] {
  const step = profile.scoring.step;
  const out: Entry[] = [];
  for (const a of apps) {
    for (const it of leafItems(profile.criteria)) {
      for (const r of reviewers) {
        const raw = a.quality * 100 + bias + int(-15, 15);
        const v = Math.max(0, Math.min(100, Math.round(raw / step) * step));
        out.push({ applicantId: a.id, reviewerId: r, item: it.clause, value: v });
      }
    }
  }
  return out;
}

function writeYear(dir: string, profile: Profile, apps: Applicant[]): void {
  mkdirSync(dir, { recursive: true });
  const csv = (name: string, header: string[], rows: (string | number)[][]) => writeFileSync(join(dir, name), toCsv(header, rows, { bom: true }));
  csv('applicants.csv', ['applicant_id', 'name', 'industry', 'town'], apps.map((a) => [a.id, a.name, a.industry, a.town]));
  const material = entriesFor(profile, apps, ['R01', 'R02', 'R03'], 0);
  csv('material-entries.csv', ['applicant_id', 'reviewer_id', 'item', 'value'], material.map((e) => [e.applicantId, e.reviewerId, e.item, e.value ?? '']));
  const mt = new Map(tallyStage(profile, material).applicants.map((a) => [a.applicantId, a.total!]));
  const cutoff = profile.cutoffs.material ? new Decimal(profile.cutoffs.material.value).times(100).toNumber() : 55000;
  const toSite = apps.filter((a) => (mt.get(a.id) ?? 0) >= cutoff);
  const site = entriesFor(profile, toSite, ['R04', 'R05', 'R06'], -6);
  csv('site-entries.csv', ['applicant_id', 'reviewer_id', 'item', 'value'], site.map((e) => [e.applicantId, e.reviewerId, e.item, e.value ?? '']));
  const st = new Map(tallyStage(profile, site).applicants.map((a) => [a.applicantId, a]));
  const rows = apps.map((a) => {
    const s = st.get(a.id);
    const defense = profile.defense && s ? fmt2(defenseScore(profile, [0, 1, 2, 3, 4].map(() => new Decimal(Math.round(a.quality * 100 + int(-8, 8)))))) : '';
    const results = s ? fmt2(hundredthsToDecimal(s.categories.find((c) => c.clause === '4.7')!.hundredths!)) : '';
    return [a.id, a.name, a.industry, fmt2(hundredthsToDecimal(mt.get(a.id)!)), s ? fmt2(hundredthsToDecimal(s.total!)) : '', defense, results, ''];
  });
  csv('stage-scores.csv', ['applicant_id', 'name', 'industry', 'material', 'site', 'defense', 'results', 'flags'], rows);
}

writeYear('samples/yunyang-2025', YUNYANG_2022, YUNYANG);
writeYear('samples/zhongmu-2025', ZHONGMU, ZHONGMU_APPS);
console.log('samples written');
