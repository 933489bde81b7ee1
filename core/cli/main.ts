import { parseArgs } from 'node:util';
import { langFromTag, type Lang } from '../i18n/lang';
import { report, type Output } from './io';
import { resolveProfile } from './profile-arg';
// each command's module is loaded when it runs: `tally` need not load the spreadsheet library to start

const HELP = `scorebook — 县长质量奖评审工具 / county quality award scoring

用法 Usage:
  scorebook tally  --profile ID --stage material|site entries.csv [--out FILE]
      独立评分 → 合议值、阶段得分、需讨论条款
      in:  applicant_id,reviewer_id,item,value     out: applicant_id,total,flagged
  scorebook select --profile ID stage-scores.csv [--out FILE]
      各阶段得分 → 排名、结果及依据条款
      in:  applicant_id,name,industry,material,site,defense[,results][,flags]
      out: rank,applicant_id,score,outcome,clause

  scorebook memo --profile ID --year Y stage-scores.csv [--material-entries F] [--site-entries F] --out memo.html
      评选委员会决策参考（Y16.9、Z17.7）：候选单位、各单位结果及依据、并列待表决、行业分布、
      权重 ±10 个百分点与消除评审员宽严差异后的稳健性分析 / the committee's decision memo
  scorebook feedback --profile ID entries.csv [--comments F] [--names stage-scores.csv] [--all] --out report.html
      资料评审未达分数线单位的评审报告（Y16.3），--all 为全部单位 / review reports for applicants

  scorebook workbook --profile ID --year Y applicants.csv reviewers.csv [assignments.csv] --out FILE.xlsx
      评分工作簿：设置、名单、每位评审员每阶段一张评分表、合议表、答辩表、评审结果 / the scoring workbook
      in:  applicant_id,name,industry,town · reviewer_id,name · reviewer_id,applicant_id,stage
  scorebook results FILE.xlsx --out RESULTS.xlsx [--csv DIR] [--profile FILE.json]
      读取已填写的工作簿，逐格校验（工作表、单元格），写入评审结果表；--csv 写出看板用的 CSV
      reads a filled workbook, checks every entry by sheet and cell, writes the results sheet (and dashboard CSVs)
  scorebook distribute MASTER.xlsx --stage material|site --out DIR [--profile FILE.json]
      每位评审员一份文件：只含本人评分表、分配的申报单位和评分指南（Z26、YR6.7）/ one file per reviewer
  scorebook collect MASTER.xlsx FILES... [--yes] [--profile FILE.json]
      收回评审员文件：逐份校验年度、评审员、布局指纹、申报单位和每格评分，不合格拒收；与主工作簿不同之处
      列出，加 --yes 才写入；全部交回后冻结独立评分，写日志 / read returned files into the master
  scorebook eligibility --profile ID --deadline DATE applicants.csv [--out FILE]
      申报条件审核（Y2、Y11–Y13、Z13、Z14、Z25、Z28），统一社会信用代码校验（GB 32100-2015）/ eligibility
      in:  credit_code,name,industry[,town,founded,little_giant,excellence_years,awards,revocations,
           exclusions,recommended_by,profile_chars,report_chars]
      out: applicant_id,name,eligible,clause,code,severity,message
  scorebook draw --profile ID --seed N pool.csv applicants.csv [--size 3..5] [--advisors 1..2] [--out FILE]
      按专业随机抽取评审组（首位为组长）及答辩评审组，记录回避及理由；同一种子必得同一结果 / reviewer draw
      out: seed,group,industry,role,expert_id,expert_name,applicants,reason,clause
  scorebook workdays --from DATE --days N [--holidays FILE]   第 N 个工作日 / the N-th working day after DATE
  scorebook workdays --profile ID --from DATE [--holidays FILE]   各公示期截止日 / ends of the notice periods
  scorebook obligations [--profile ID] --on DATE awards.csv [--holidays FILE] [--out FILE]
      获奖单位义务（年度自评报告、事故报告、奖金使用检查）在该日的状态，输出 compliance.csv / obligations

选项 Options:
  --profile ID|FILE.json   yunyang-2022, zhongmu, 或县里自己的 JSON 配置 (or a county's JSON profile)
  --lang zh|en             消息语言 message language (default: zh)
  --out FILE               写入文件（UTF-8 BOM）而非标准输出 / write a file (UTF-8 with BOM) instead of stdout
  --seed N                 抽取评审员的随机种子（公开）/ the published seed of the draw
  --deadline, --on, --from DATE   日期 YYYY-MM-DD / dates as YYYY-MM-DD
  --holidays FILE          某年的放假与调休（CSV date,kind 或 JSON），优先于内置数据 / a year's holidays, taking precedence
  --help                   本帮助 / this help

输入有误时：退出码 2，每个问题一行（文件、行、列），不写任何输出。
On bad input: exit status 2, one line per problem on stderr (file, row, column), nothing written.
`;

export const STD: Output = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

export async function main(argv: string[], out: Output = STD): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        stage: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        year: { type: 'string' },
        'material-entries': { type: 'string' },
        'site-entries': { type: 'string' },
        comments: { type: 'string' },
        names: { type: 'string' },
        all: { type: 'boolean' },
        yes: { type: 'boolean' },
        csv: { type: 'string' },
        seed: { type: 'string' },
        size: { type: 'string' },
        advisors: { type: 'string' },
        deadline: { type: 'string' },
        on: { type: 'string' },
        from: { type: 'string' },
        days: { type: 'string' },
        holidays: { type: 'string' },
      },
    });
  } catch (e) {
    out.stderr(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang: Lang = values.lang ? langFromTag(values.lang) : 'zh';
  const [command, ...files] = positionals;
  if (values.help || !command || command === 'help') {
    out.stdout(HELP);
    return values.help || command === 'help' ? 0 : 2;
  }
  const usage = (detail: string) => {
    out.stderr(`${detail}\n\n${HELP}`);
    return 2;
  };
  switch (command) {
    case 'tally':
    case 'select': {
      if (files.length !== 1) return usage(lang === 'zh' ? `${command} 需要一个 CSV 文件` : `${command} takes one CSV file`);
      if (command === 'tally' && values.stage !== 'material' && values.stage !== 'site') {
        return usage(lang === 'zh' ? '--stage 应为 material 或 site' : '--stage must be material or site');
      }
      const { profile, problems } = resolveProfile(values.profile);
      if (!profile) {
        report(out, problems, lang);
        return 2;
      }
      if (command === 'tally') return (await import('./tally')).runTally(profile, files[0]!, values.out, lang, out);
      return (await import('./select')).runSelect(profile, files[0]!, values.out, lang, out);
    }
    case 'memo':
    case 'feedback': {
      if (files.length !== 1 || !values.out) {
        return usage(lang === 'zh' ? `${command} 需要一个 CSV 文件和 --out FILE.html` : `${command} takes one CSV file and --out FILE.html`);
      }
      const year = values.year ? Number(values.year) : undefined;
      if (command === 'memo' && (!year || !Number.isInteger(year))) return usage(lang === 'zh' ? 'memo 需要 --year 年度' : 'memo needs --year YEAR');
      const { profile, problems } = resolveProfile(values.profile);
      if (!profile) {
        report(out, problems, lang);
        return 2;
      }
      const { runFeedback, runMemo } = await import('./reports');
      if (command === 'memo') {
        const entries: { material?: string; site?: string } = {};
        if (values['material-entries']) entries.material = values['material-entries'];
        if (values['site-entries']) entries.site = values['site-entries'];
        return runMemo(profile, year!, files[0]!, entries, values.out, lang, out);
      }
      const opts: { comments?: string; names?: string; all: boolean; year?: number } = { all: values.all ?? false };
      if (values.comments) opts.comments = values.comments;
      if (values.names) opts.names = values.names;
      if (year) opts.year = year;
      return runFeedback(profile, files[0]!, opts, values.out, lang, out);
    }
    case 'workbook': {
      const year = Number(values.year);
      if (files.length < 2 || files.length > 3 || !values.out || !Number.isInteger(year) || year < 1900) {
        return usage(lang === 'zh' ? 'workbook 需要 --year 年度、申报单位与评审员 CSV（可加分工 CSV）和 --out FILE.xlsx' : 'workbook needs --year, applicants and reviewers CSV (and optionally assignments CSV) and --out FILE.xlsx');
      }
      const { profile, problems } = resolveProfile(values.profile);
      if (!profile) {
        report(out, problems, lang);
        return 2;
      }
      return (await import('./workbook')).runWorkbook(profile, year, files, values.out, lang, out);
    }
    case 'results': {
      if (files.length !== 1 || !values.out) return usage(lang === 'zh' ? 'results 需要一个 .xlsx 文件和 --out FILE.xlsx' : 'results takes one .xlsx file and --out FILE.xlsx');
      const opts: { outFile: string; csvDir?: string; profileArg?: string } = { outFile: values.out };
      if (values.csv) opts.csvDir = values.csv;
      if (values.profile) opts.profileArg = values.profile;
      return (await import('./results')).runResults(files[0]!, opts, lang, out);
    }
    case 'distribute': {
      if (files.length !== 1 || !values.out || (values.stage !== 'material' && values.stage !== 'site')) {
        return usage(lang === 'zh' ? 'distribute 需要一个主工作簿、--stage material|site 和 --out 目录' : 'distribute takes one master workbook, --stage material|site and --out DIR');
      }
      return (await import('./distribute')).runDistribute(files[0]!, values.stage, values.out, values.profile, lang, out);
    }
    case 'collect': {
      if (files.length < 2) return usage(lang === 'zh' ? 'collect 需要主工作簿和至少一份评审员文件' : 'collect takes the master workbook and at least one reviewer file');
      return (await import('./distribute')).runCollect(files[0]!, files.slice(1), values.yes ?? false, values.profile, lang, out);
    }
    case 'eligibility':
    case 'draw':
    case 'obligations': {
      const n = command === 'draw' ? 2 : 1;
      if (files.length !== n) return usage(lang === 'zh' ? `${command} 需要 ${n} 个 CSV 文件` : `${command} takes ${n} CSV file(s)`);
      // obligations may run without a profile: then every kind of obligation in the file counts.
      const optional = command === 'obligations' && !values.profile;
      const { profile, problems } = optional ? { profile: undefined, problems: [] } : resolveProfile(values.profile);
      if (!profile && !optional) {
        report(out, problems, lang);
        return 2;
      }
      if (command === 'eligibility') return (await import('./eligibility')).runEligibility(profile!, files[0]!, values.deadline, values.out, lang, out);
      if (command === 'draw') return (await import('./draw')).runDraw(profile!, files[0]!, files[1]!, { seed: values.seed, size: values.size, advisors: values.advisors }, values.out, lang, out);
      return (await import('./obligations')).runObligations(profile, values.on, files[0]!, values.holidays, values.out, lang, out);
    }
    case 'workdays': {
      if (files.length !== 0) return usage(lang === 'zh' ? 'workdays 不需要文件' : 'workdays takes no file');
      let profile;
      if (values.profile) {
        const r = resolveProfile(values.profile);
        if (!r.profile) {
          report(out, r.problems, lang);
          return 2;
        }
        profile = r.profile;
      }
      return (await import('./workdays')).runWorkdays({ from: values.from, days: values.days, holidays: values.holidays, profile }, values.out, lang, out);
    }
    default:
      return usage(lang === 'zh' ? `未知命令：${command}` : `unknown command: ${command}`);
  }
}
