/// <reference types="office-js" />
import type { WriteOp } from './ops';
import { col, type StylePlan } from '../../core/workbook/plan';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** Column width in characters (as the plans and .xlsx files say) to Office.js points: 7 px a character plus padding. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function fill2d<T>(address: string, v: T): T[][] {
  const local = address.includes(':') ? address : `${address}:${address}`;
  const [a, b] = local.split(':') as [string, string];
  const rc = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    let c = 0;
    for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
    return { r: Number(m[2]), c };
  };
  const p = rc(a);
  const q = rc(b);
  return Array.from({ length: q.r - p.r + 1 }, () => new Array<T>(q.c - p.c + 1).fill(v));
}

function applyStyle(range: Excel.Range, st: StylePlan): void {
  const f = range.format;
  if (st.bold) f.font.bold = true;
  if (st.size) f.font.size = st.size;
  if (st.color) f.font.color = `#${st.color}`;
  if (st.fill) f.fill.color = `#${st.fill}`;
  if (st.wrap) f.wrapText = true;
  if (st.align) f.horizontalAlignment = st.align === 'left' ? 'Left' : st.align === 'center' ? 'Center' : 'Right';
  if (st.valign) f.verticalAlignment = st.valign === 'top' ? 'Top' : 'Center';
  if (st.border) {
    for (const e of EDGES) {
      const b = f.borders.getItem(e);
      b.style = 'Continuous';
      b.color = '#999999';
    }
  }
}

/**
 * Queue one op on a request context. Nothing here syncs: the caller decides when the queue goes to Excel. String
 * enum values ('Continuous', 'Custom') are used instead of Excel.* enums so the same code runs against the fake.
 */
export function applyOp(ctx: Excel.RequestContext, sheets: Map<string, Excel.Worksheet>, op: WriteOp): void {
  const ws = (name: string): Excel.Worksheet => {
    let s = sheets.get(name);
    if (!s) {
      s = ctx.workbook.worksheets.getItem(name);
      sheets.set(name, s);
    }
    return s;
  };
  switch (op.t) {
    case 'addSheet':
      sheets.set(op.sheet, ctx.workbook.worksheets.add(op.sheet));
      return;
    case 'clearSheet': {
      const s = ws(op.sheet);
      s.protection.unprotect();
      const all = s.getRange();
      all.unmerge();
      all.dataValidation.clear();
      all.conditionalFormats.clearAll();
      all.clear('All');
      all.columnHidden = false;
      s.freezePanes.unfreeze();
      return;
    }
    case 'copySheet': {
      const copy = ws(op.sheet).copy('End');
      copy.name = op.as;
      copy.visibility = 'Hidden';
      return;
    }
    case 'cells':
      ws(op.sheet).getRange(op.address).formulas = op.data as unknown[][];
      return;
    case 'numberFormat':
      ws(op.sheet).getRange(op.address).numberFormat = fill2d(op.address, op.format);
      return;
    case 'style':
      applyStyle(ws(op.sheet).getRange(op.address), op.style);
      return;
    case 'format':
      applyStyle(ws(op.sheet).getRange(op.address), { [op.prop]: op.value });
      return;
    case 'unlock':
      ws(op.sheet).getRange(op.address).format.protection.locked = false;
      return;
    case 'merge':
      ws(op.sheet).getRange(op.address).merge(false);
      return;
    case 'columnWidth': {
      const c = col(op.column);
      ws(op.sheet).getRange(`${c}:${c}`).format.columnWidth = charsToPoints(op.chars);
      return;
    }
    case 'hideColumn': {
      const c = col(op.column);
      ws(op.sheet).getRange(`${c}:${c}`).columnHidden = true;
      return;
    }
    case 'rowHeight':
      ws(op.sheet).getRange(`${op.row}:${op.row}`).format.rowHeight = op.points;
      return;
    case 'validation': {
      const dv = ws(op.sheet).getRange(op.v.range).dataValidation;
      const r = op.v.rule;
      dv.rule =
        r.type === 'custom'
          ? { custom: { formula: `=${r.formula}` } }
          : r.type === 'decimal'
            ? { decimal: { formula1: r.min, formula2: r.max, operator: 'Between' } }
            : { list: { inCellDropDown: true, source: r.values.join(',') } };
      dv.ignoreBlanks = true;
      dv.prompt = { showPrompt: true, title: op.v.prompt.title.slice(0, 32), message: op.v.prompt.message.slice(0, 255) };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: op.v.error.title.slice(0, 32), message: op.v.error.message.slice(0, 255) };
      return;
    }
    case 'conditionalFormat': {
      const cf = ws(op.sheet).getRange(op.cf.range).conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${op.cf.formula}`;
      if (op.style.fill) cf.custom.format.fill.color = `#${op.style.fill}`;
      if (op.style.color) cf.custom.format.font.color = `#${op.style.color}`;
      return;
    }
    case 'freeze': {
      const fp = ws(op.sheet).freezePanes;
      if (op.rows && op.columns) fp.freezeAt(`A1:${col(op.columns)}${op.rows}`);
      else if (op.rows) fp.freezeRows(op.rows);
      else if (op.columns) fp.freezeColumns(op.columns);
      return;
    }
    case 'print': {
      const pl = ws(op.sheet).pageLayout;
      pl.paperSize = 'A4';
      pl.orientation = op.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      pl.centerHorizontally = true;
      // 0 pages tall means "as many as needed": Excel wants the vertical fit left out for that
      pl.zoom = op.print.fitToHeight ? { horizontalFitToPages: op.print.fitToWidth, verticalFitToPages: op.print.fitToHeight } : { horizontalFitToPages: op.print.fitToWidth };
      if (op.print.area) pl.setPrintArea(op.print.area);
      if (op.print.titleRows) pl.setPrintTitleRows(op.print.titleRows.split(':').map((r) => `$${r}`).join(':'));
      return;
    }
    case 'protect':
      ws(op.sheet).protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' });
      return;
    case 'hide':
      ws(op.sheet).visibility = op.very ? 'VeryHidden' : 'Hidden';
      return;
    case 'activate':
      ws(op.sheet).activate();
      return;
  }
}

