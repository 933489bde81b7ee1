import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Textarea,
  Title3,
} from '@fluentui/react-components';
import { useState, type ChangeEvent, type ReactNode } from 'react';
import type { ApplicantRecord } from '../../core/eligibility/applicant';
import { checkEligibility } from '../../core/eligibility/check';
import type { Lang } from '../../core/i18n/lang';
import { problem, type Problem } from '../../core/i18n/problem';
import { checkAssignments } from '../../core/panel/adjust';
import { drawPanels } from '../../core/panel/draw';
import { readTable } from '../../core/exchange/table';
import { ASSIGNMENT_COLUMNS, readAssignments } from '../../core/workbook/assignments-read';
import { recusalReasonText } from '../../core/panel/messages';
import type { Expert } from '../../core/panel/pool';
import { loadProfile, SHIPPED_PROFILES } from '../../core/profiles/load';
import type { Profile } from '../../core/profiles/profile';
import type { Assignment } from '../../core/workbook/input';
import type { Stage } from '../../core/workbook/plan';
import { eligibilitySheet } from '../../core/workbook/eligibility-sheet';
import type { EntryIssue, ExportFile } from '../excel/commands';
import type { OutFile } from '../excel/reviewer-files';
import type { Workbook } from './workbook';
import { describe } from '../messages';
import { readApplicantsCsv, readApplicantsGrid, readPoolCsv, readPoolGrid, textGrid } from './csv';
import { t, type StringKey } from './strings';

interface Props {
  lang: Lang;
  workbook: Workbook;
  /** Why the pane cannot work here (outside Excel, an Excel below the manifest's minimum), shown on top. */
  notice?: Problem | null;
}

/** The secretariat's year, step by step. Every Excel action goes through `workbook`; nothing here holds Office objects. */
export function App({ lang, workbook, notice = null }: Props) {
  const tr = (k: StringKey) => t(k, lang);
  const [busy, setBusy] = useState(false);
  const [notes, setNotes] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [profileId, setProfileId] = useState('yunyang-2022');
  const [custom, setCustom] = useState<Profile | null>(null);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [applicants, setApplicants] = useState<ApplicantRecord[]>([]);
  const [experts, setExperts] = useState<Expert[]>([]);
  const [deadline, setDeadline] = useState(`${new Date().getFullYear()}-06-30`);
  const [eligibility, setEligibility] = useState<{ a: ApplicantRecord; eligible: boolean; lines: string[] }[]>([]);
  const [seed, setSeed] = useState(String(Math.floor(Math.random() * 1e9)));
  const [draw, setDraw] = useState<string[]>([]);
  const [stage, setStage] = useState<Stage>('material');
  const [recreate, setRecreate] = useState(false);
  const [issues, setIssues] = useState<EntryIssue[] | null>(null);
  const [files, setFiles] = useState<ExportFile[]>([]);
  const [outFiles, setOutFiles] = useState<OutFile[]>([]);
  const [returned, setReturned] = useState<{ name: string; bytes: Uint8Array }[]>([]);
  const [held, setHeld] = useState(false);
  const [pastedApplicants, setPastedApplicants] = useState('');
  const [pastedPool, setPastedPool] = useState('');
  const [panelText, setPanelText] = useState('');

  const profile = (): Profile => custom ?? SHIPPED_PROFILES[profileId]!;
  // an applicant record as the workbook's roster and the panel draw know it
  const rosterOf = (a: ApplicantRecord) => ({ id: a.creditCode, name: a.name, industry: a.industry, town: a.town });
  // applicants found ineligible in step 2 (this session) are not reviewed: no panel, no score sheets, no ranking
  const ineligibleIds = () => new Set(eligibility.filter((e) => !e.eligible).map((e) => e.a.creditCode));

  async function act(f: () => Promise<Problem[] | void>) {
    setBusy(true);
    setError(null);
    try {
      setNotes((await f()) ?? []);
    } catch (e) {
      setError(String((e as Error).message ?? e));
    } finally {
      setBusy(false);
    }
  }

  const onCountyJson = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (!f) return;
    void act(async () => {
      const r = loadProfile(JSON.parse(await f.text()) as unknown);
      if (!r.ok) return r.problems;
      setCustom(r.profile);
      return [];
    });
  };

  const start = () =>
    act(async () => {
      const y = Number(year);
      if (!Number.isInteger(y) || y < 2000 || y > 2100) return [problem('EXCHANGE_BAD_YEAR', { text: year }, { field: tr('year') })];
      const r = await workbook.startYear({
        profile: profile(),
        year: y,
        lang,
        applicants: applicants.map(rosterOf),
        reviewers: experts.map((x) => ({ id: x.id, name: x.name })),
        assignments: null,
      });
      return [problem('ADDIN_WROTE', { count: r.written.length, sheets: r.written.join(lang === 'zh' ? '、' : ', ') }), ...r.problems];
    });

  const takeApplicants = async (name: string, r: { applicants: ApplicantRecord[]; problems: Problem[] }) => {
    setApplicants(r.applicants);
    const w = await workbook.updateRoster({ applicants: r.applicants.map(rosterOf) });
    return [problem('ADDIN_CSV_IMPORTED', { file: name, count: r.applicants.length }), ...r.problems, ...w.problems];
  };
  const onApplicants = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (f) void act(async () => takeApplicants(f.name, await readApplicantsCsv(f)));
  };
  // rows copied from a sheet (with their header row) and pasted: read like the CSV, located by "pasted" row and column
  const pastedName = tr('pasted');

  const takePool = async (name: string, r: { experts: Expert[]; problems: Problem[] }) => {
    setExperts(r.experts);
    const w = await workbook.updateRoster({ reviewers: r.experts.map((x) => ({ id: x.id, name: x.name })) });
    return [problem('ADDIN_CSV_IMPORTED', { file: name, count: r.experts.length }), ...r.problems, ...w.problems];
  };
  const onPool = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (f) void act(async () => takePool(f.name, await readPoolCsv(f)));
  };

  const runEligibility = () =>
    act(async () => {
      const checked = applicants.map((a) => ({ a, result: checkEligibility(profile(), a, deadline) }));
      setEligibility(
        checked.map(({ a, result: r }) => ({ a, eligible: r.eligible, lines: r.findings.map((f) => `${f.clause} ${describe(problem(f.code, f.params, { field: f.field }), lang)}`) })),
      );
      const sheet = eligibilitySheet(profile(), Number(year), deadline, lang, checked.map(({ a, result }) => ({ applicant: rosterOf(a), result })));
      return (await workbook.writeEligibility(sheet)).problems;
    });

  const runDraw = () =>
    act(async () => {
      const s = Number(seed);
      const out = ineligibleIds();
      const drawn = applicants.filter((a) => !out.has(a.creditCode));
      const r = drawPanels(profile(), experts, drawn.map(rosterOf), { seed: s });
      if (!r.ok) return r.problems;
      const assignments: Assignment[] = [];
      const lines: string[] = [`${tr('seed')}: ${r.seed}`];
      if (out.size) lines.push(`${tr('notDrawn')}: ${applicants.filter((a) => out.has(a.creditCode)).map((a) => a.name).join(lang === 'zh' ? '、' : ', ')}`);
      for (const g of r.groups) {
        const [open, close, sep] = lang === 'zh' ? ['（', '）', '、'] : [' (', ')', ', '];
        lines.push(`${tr('group')} ${g.id}${open}${g.industry}${close}: ${g.members.map((m) => (m === g.leader ? `${m.name}${open}${tr('leader')}${close}` : m.name)).join(sep)} ← ${g.applicants.map((a) => a.name).join(sep)}`);
        for (const x of g.recused) lines.push(`  ${tr('recusals')}: ${x.expertId} ${x.applicantId ?? ''} ${recusalReasonText(x.reason, lang)}${open}${x.clause}${close}`);
        for (const a of g.applicants) for (const m of g.members) for (const st of ['material', 'site'] as const) assignments.push({ stage: st, applicantId: a.id, reviewerId: m.id });
      }
      setDraw(lines);
      setPanelText(assignmentsText(assignments));
      // the year's sheets hold the applicants under review; the ineligible stay on record in the eligibility sheet
      const roster = out.size ? { applicants: drawn.map(rosterOf), assignments } : { assignments };
      // once checked in this session, the ineligible are kept in the add-in's state for the dashboard's export
      const ineligible = eligibility.length ? applicants.filter((a) => out.has(a.creditCode)).map(rosterOf) : undefined;
      const w = await workbook.updateRoster(roster, `draw seed ${r.seed}`, ineligible);
      return w.problems;
    });

  // the drawn panels as rows the secretariat may edit (or copy to a sheet and back): changed panels are checked by
  // the draw's own rules before anything is written
  const assignmentsText = (list: readonly Assignment[]) =>
    [tr('panelHeader'), ...list.map((x) => [x.reviewerId, x.applicantId, lang === 'zh' ? (x.stage === 'material' ? '资料' : '现场') : x.stage].join('\t'))].join('\n');
  const adjustPanels = () =>
    act(async () => {
      const name = tr('adjustedPanels');
      const out = ineligibleIds();
      const inRoster = applicants.filter((a) => !out.has(a.creditCode));
      const table = readTable(textGrid(panelText), ASSIGNMENT_COLUMNS, name);
      const read = readAssignments(table.records, name, new Set(experts.map((x) => x.id)), new Set(inRoster.map((a) => a.creditCode)));
      const conflicts = checkAssignments(profile(), experts, inRoster.map(rosterOf), read.assignments);
      const problems = [...table.problems, ...read.problems, ...conflicts];
      if (problems.length) return problems;
      const assignments = read.assignments.map(({ reviewerId, applicantId, stage: st }) => ({ reviewerId, applicantId, stage: st }));
      return (await workbook.updateRoster({ assignments }, 'adjusted panels')).problems;
    });

  const build = () => act(async () => (await workbook.buildStage(stage, recreate)).problems);
  const distributeFiles = () =>
    act(async () => {
      const r = await workbook.reviewerFiles(stage);
      setOutFiles(r.files);
      return [...(r.files.length ? [problem('ADDIN_FILES_READY', { count: r.files.length })] : []), ...r.result.problems];
    });
  const collectFrom = (list: { name: string; bytes: Uint8Array }[], confirm: boolean) =>
    act(async () => {
      const r = await workbook.collectFiles(list, confirm);
      setHeld(r.collected.held.length > 0);
      return r.notes;
    });
  const onReturned = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(e.target.files ?? [])];
    if (!chosen.length) return;
    void (async () => {
      const list = await Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      setReturned(list);
      await collectFrom(list, false);
    })();
  };
  /** Where the web view allows it, the system's save dialog: a download link can be blocked inside Office. */
  const saveAs = (f: OutFile) =>
    act(async () => {
      const picker = (window as unknown as { showSaveFilePicker?: (o: { suggestedName: string }) => Promise<{ createWritable(): Promise<{ write(b: Blob): Promise<void>; close(): Promise<void> }> }> }).showSaveFilePicker;
      if (!picker) return;
      const handle = await picker({ suggestedName: f.name });
      const w = await handle.createWritable();
      await w.write(new Blob([f.bytes as BlobPart]));
      await w.close();
    });
  const canSaveAs = typeof window !== 'undefined' && 'showSaveFilePicker' in window;
  const check = () =>
    act(async () => {
      setIssues(await workbook.checkEntries());
    });
  const consensus = () =>
    act(async () => {
      const r = await workbook.buildConsensus(stage);
      setIssues(await workbook.checkEntries());
      return r.problems;
    });
  const results = () => act(async () => (await workbook.buildResults()).problems);
  const exportAll = () =>
    act(async () => {
      const r = await workbook.exportCsv();
      setFiles(r.files);
      return r.result.problems;
    });

  const stageSelect = (
    <Field label={tr('stage')}>
      <Select value={stage} onChange={(_, d) => setStage(d.value as Stage)}>
        <option value="material">{tr('material')}</option>
        <option value="site">{tr('site')}</option>
      </Select>
    </Field>
  );

  const issueList = (only?: EntryIssue['kind'][]) => {
    if (!issues) return null;
    const list = only ? issues.filter((i) => only.includes(i.kind)) : issues;
    if (!list.length) return <Text>{tr('noProblems')}</Text>;
    return (
      <ul className="issues" aria-label={tr('step5')}>
        {list.map((i, k) => (
          <li key={k} className={`issue ${i.kind}`}>
            {i.sheet && i.cell ? (
              <Link as="button" onClick={() => void act(() => workbook.selectCell(i.sheet!, i.cell!))}>
                {describe(i.problem, lang)}
              </Link>
            ) : (
              <span>{describe(i.problem, lang)}</span>
            )}
          </li>
        ))}
      </ul>
    );
  };

  const step = (value: string, header: StringKey, body: ReactNode) => (
    <AccordionItem value={value}>
      <AccordionHeader>{tr(header)}</AccordionHeader>
      <AccordionPanel>
        <div className="step">{body}</div>
      </AccordionPanel>
    </AccordionItem>
  );

  return (
    <div className="pane" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Title3 as="h1">{tr('title')}</Title3>
      {notice && (
        <MessageBar intent="warning" className="notice">
          <MessageBarBody>{describe(notice, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {busy && <Spinner size="tiny" label={tr('busy')} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notes.length > 0 && (
        <MessageBar intent="info" className="notes">
          <MessageBarBody>
            {notes.map((n, i) => (
              <div key={i}>{describe(n, lang)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Accordion multiple collapsible defaultOpenItems={['1']}>
        {step(
          '1',
          'step1',
          <>
            <Field label={tr('profile')}>
              <Select value={custom ? 'custom' : profileId} onChange={(_, d) => (setCustom(null), setProfileId(d.value))}>
                {Object.values(SHIPPED_PROFILES).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name[lang]}
                  </option>
                ))}
                {custom && <option value="custom">{custom.name[lang]}</option>}
              </Select>
            </Field>
            <Field label={tr('countyJson')}>
              <input type="file" accept=".json,application/json" onChange={onCountyJson} aria-label={tr('countyJson')} />
            </Field>
            <Field label={tr('year')}>
              <Input value={year} onChange={(_, d) => setYear(d.value)} inputMode="numeric" />
            </Field>
            <Button appearance="primary" disabled={busy} onClick={() => void start()}>
              {tr('start')}
            </Button>
            <Field label={tr('applicantsCsv')}>
              <input type="file" accept=".csv,text/csv" onChange={onApplicants} aria-label={tr('applicantsCsv')} data-testid="applicants-csv" />
            </Field>
            <Field label={tr('pasteApplicants')} hint={tr('pasteHint')}>
              <Textarea value={pastedApplicants} onChange={(_, d) => setPastedApplicants(d.value)} resize="vertical" data-testid="applicants-paste" />
            </Field>
            <Button disabled={busy || !pastedApplicants.trim()} onClick={() => void act(async () => takeApplicants(pastedName, readApplicantsGrid(textGrid(pastedApplicants), pastedName)))}>
              {tr('readPastedApplicants')}
            </Button>
            <Field label={tr('poolCsv')}>
              <input type="file" accept=".csv,text/csv" onChange={onPool} aria-label={tr('poolCsv')} data-testid="pool-csv" />
            </Field>
            <Field label={tr('pastePool')} hint={tr('pasteHint')}>
              <Textarea value={pastedPool} onChange={(_, d) => setPastedPool(d.value)} resize="vertical" data-testid="pool-paste" />
            </Field>
            <Button disabled={busy || !pastedPool.trim()} onClick={() => void act(async () => takePool(pastedName, readPoolGrid(textGrid(pastedPool), pastedName)))}>
              {tr('readPastedPool')}
            </Button>
            <Text size={200}>
              {applicants.length} / {experts.length}
            </Text>
          </>,
        )}
        {step(
          '2',
          'step2',
          <>
            <Field label={tr('deadline')}>
              <Input value={deadline} onChange={(_, d) => setDeadline(d.value)} />
            </Field>
            <Button disabled={busy || !applicants.length} onClick={() => void runEligibility()}>
              {tr('checkEligibility')}
            </Button>
            <ul className="eligibility">
              {eligibility.map(({ a, eligible, lines }) => (
                <li key={a.creditCode}>
                  <b>{a.name}</b>：{eligible ? tr('eligible') : tr('ineligible')}
                  {lines.map((l, i) => (
                    <div key={i} className="finding">
                      {l}
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          </>,
        )}
        {step(
          '3',
          'step3',
          <>
            <Field label={tr('seed')}>
              <Input value={seed} onChange={(_, d) => setSeed(d.value)} inputMode="numeric" />
            </Field>
            <Button disabled={busy || !experts.length || !applicants.length} onClick={() => void runDraw()}>
              {tr('draw')}
            </Button>
            <pre className="draw">{draw.join('\n')}</pre>
            {panelText && (
              <>
                <Field label={tr('adjustPanels')} hint={tr('adjustHint')}>
                  <Textarea value={panelText} onChange={(_, d) => setPanelText(d.value)} resize="vertical" rows={6} data-testid="panel-text" />
                </Field>
                <Button disabled={busy} onClick={() => void adjustPanels()}>
                  {tr('checkAndWritePanels')}
                </Button>
              </>
            )}
          </>,
        )}
        {step(
          '4',
          'step4',
          <>
            {stageSelect}
            <Checkbox checked={recreate} onChange={(_, d) => setRecreate(!!d.checked)} label={tr('recreate')} />
            <Button appearance="primary" disabled={busy} onClick={() => void build()}>
              {tr('buildSheets')}
            </Button>
            <Button disabled={busy} onClick={() => void distributeFiles()}>
              {tr('distribute')}
            </Button>
            {outFiles.length > 0 && <Text size={200}>{tr('filesHint')}</Text>}
            <ul className="reviewer-files">
              {outFiles.map((f) => (
                <li key={f.name}>
                  <Link href={URL.createObjectURL(new Blob([f.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }))} download={f.name}>
                    {tr('download')} {f.name}
                  </Link>
                  {canSaveAs && (
                    <Button size="small" appearance="subtle" onClick={() => void saveAs(f)}>
                      {tr('saveAs')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
            <Field label={tr('collect')}>
              <input type="file" multiple accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={onReturned} aria-label={tr('collect')} data-testid="returned-files" />
            </Field>
            {held && (
              <Button appearance="primary" disabled={busy} onClick={() => void collectFrom(returned, true)}>
                {tr('confirmDifferences')}
              </Button>
            )}
          </>,
        )}
        {step(
          '5',
          'step5',
          <>
            <Button appearance="primary" disabled={busy} onClick={() => void check()}>
              {tr('check')}
            </Button>
            {issueList()}
          </>,
        )}
        {step(
          '6',
          'step6',
          <>
            {stageSelect}
            <Button disabled={busy} onClick={() => void consensus()}>
              {tr('buildConsensus')}
            </Button>
            <Text weight="semibold">{tr('flaggedFirst')}</Text>
            {issueList(['flagged', 'consensus'])}
          </>,
        )}
        {step(
          '7',
          'step7',
          <Button disabled={busy} onClick={() => void results()}>
            {tr('buildResults')}
          </Button>,
        )}
        {step(
          '8',
          'step8',
          <>
            <Button disabled={busy} onClick={() => void exportAll()}>
              {tr('export')}
            </Button>
            {files.length > 0 && <Text size={200}>{tr('copyHint')}</Text>}
            {files.map((f) => (
              <div key={f.fileName} className="export">
                <Link href={URL.createObjectURL(new Blob([f.text], { type: 'text/csv;charset=utf-8' }))} download={f.fileName}>
                  {tr('download')} {f.fileName}
                </Link>
                <Textarea readOnly value={f.text.replace(/^\uFEFF/, '')} aria-label={f.fileName} resize="vertical" />
              </div>
            ))}
          </>,
        )}
      </Accordion>
    </div>
  );
}
