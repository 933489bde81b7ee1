import type { SheetPlan } from '../../core/workbook/plan';
import type { SheetModel } from './fake-excel';

/**
 * Differences between a planned sheet and the sheet the fake holds after the add-in wrote it: values, formulas,
 * number formats, validation, conditional formats, locking, protection, freeze panes. Empty = equal.
 */
export function diffSheet(sp: SheetPlan, s: SheetModel): string[] {
  const out: string[] = [];
  for (const [a, c] of Object.entries(sp.cells)) {
    const got = s.cells.get(a);
    if (c.formula !== undefined) {
      if (got?.formula !== `=${c.formula}`) out.push(`${a}: formula ${got?.formula} != =${c.formula}`);
    } else {
      const want = c.value ?? '';
      if ((got?.value ?? '') !== want) out.push(`${a}: value ${JSON.stringify(got?.value)} != ${JSON.stringify(want)}`);
    }
    if ((got?.locked ?? true) !== (c.locked !== false)) out.push(`${a}: locked ${got?.locked}`);
    if (c.numFmt && got?.numberFormat !== c.numFmt) out.push(`${a}: numFmt ${got?.numberFormat} != ${c.numFmt}`);
  }
  for (const [a, c] of s.cells) if (!(a in sp.cells) && (c.value !== '' || c.formula)) out.push(`${a}: unplanned ${JSON.stringify(c.value)}`);
  const want = sp.validations.map((v) => `${v.range} ${v.rule.type === 'custom' ? `=${v.rule.formula}` : JSON.stringify(v.rule)}`).sort();
  const got = s.validations
    .map((v) => {
      const r = v.rule as { custom?: { formula: string }; decimal?: unknown; list?: { source: string } };
      return `${v.address} ${r.custom ? r.custom.formula : r.decimal ? JSON.stringify(r.decimal) : JSON.stringify(r.list)}`;
    })
    .sort();
  const wantCustom = want.filter((w) => w.includes(' ='));
  const gotCustom = got.filter((w) => w.includes(' ='));
  if (JSON.stringify(wantCustom) !== JSON.stringify(gotCustom)) out.push(`validations differ: ${wantCustom.length} planned, ${gotCustom.length} written`);
  if (got.length !== want.length) out.push(`validation count ${got.length} != ${want.length}`);
  const cfWant = sp.conditionalFormats.map((c) => `${c.range} =${c.formula}`).sort();
  const cfGot = s.conditionalFormats.map((c) => `${c.address} ${c.formula}`).sort();
  if (JSON.stringify(cfWant) !== JSON.stringify(cfGot)) out.push('conditional formats differ');
  if (s.protected !== (sp.protection !== null)) out.push(`protected ${s.protected}`);
  if (JSON.stringify(s.freeze ?? null) !== JSON.stringify(sp.freeze ?? null)) out.push(`freeze ${JSON.stringify(s.freeze)}`);
  if (JSON.stringify([...s.merges].sort()) !== JSON.stringify([...sp.merges].sort())) out.push('merges differ');
  return out;
}
