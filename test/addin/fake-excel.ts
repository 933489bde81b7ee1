/**
 * A fake of the Excel JavaScript API subset the add-in uses, behaving like Office.js where it matters:
 * - every write and load is queued and happens only at context.sync(), in order;
 * - reading a property that was not load()ed (and synced) throws PropertyNotLoaded, as Office.js does;
 * - writing into a protected sheet fails the whole sync, as Excel does;
 * - a string written into a cell becomes a number, a boolean or a formula the way Excel reads typing, unless the
 *   cell's number format is text ("@") or the string starts with an apostrophe;
 * - it counts syncs and the JSON size of each request and response.
 * It does not compute formulas: a formula cell's value reads as "". No Node imports: the browser walkthrough
 * bundles it as the stand-in for Office.
 */
import { col } from '../../core/workbook/plan';

export type Value = string | number | boolean;

export interface CellModel {
  value: Value;
  formula: string | null;
  numberFormat: string;
  locked: boolean;
  format: Record<string, unknown>;
}

export interface ValidationModel {
  address: string;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface SheetModel {
  name: string;
  visibility: string;
  cells: Map<string, CellModel>;
  merges: string[];
  validations: ValidationModel[];
  conditionalFormats: { address: string; formula: string; fill?: string; font?: string }[];
  protected: boolean;
  protectOptions: unknown;
  freeze: { rows: number; columns: number } | null;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  page: Record<string, unknown>;
}

export class OfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export class FakeWorkbook {
  sheets: SheetModel[] = [];
  active: string | null = null;
  selected: { sheet: string; address: string } | null = null;

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): SheetModel {
    if (this.sheet(name)) throw new OfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new OfficeError('InvalidArgument', `bad sheet name ${name}`);
    const s: SheetModel = {
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      validations: [],
      conditionalFormats: [],
      protected: false,
      protectOptions: null,
      freeze: null,
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      page: {},
    };
    this.sheets.push(s);
    return s;
  }

  /** What a person does in Excel, outside any request: type into a cell (validation is not applied: a paste). */
  type(sheet: string, cell: string, text: Value): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const c = cellOf(s, cell);
    writeCell(c, text);
  }

  value(sheet: string, cell: string): Value | undefined {
    return this.sheet(sheet)?.cells.get(cell)?.value;
  }
}

export interface FakeStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
}

// ---------- addresses ----------

function colNum(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + ch.charCodeAt(0) - 64;
  return c;
}
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseBox(address: string): Box {
  const a = address.replace(/\$/g, '');
  const [p, q = p] = a.split(':') as [string, string?];
  const one = (x: string, end: boolean): { r: number; c: number } => {
    let m = /^([A-Z]+)(\d+)$/.exec(x);
    if (m) return { r: Number(m[2]), c: colNum(m[1]!) };
    m = /^([A-Z]+)$/.exec(x);
    if (m) return { r: end ? MAX_ROW : 1, c: colNum(m[1]!) };
    m = /^(\d+)$/.exec(x);
    if (m) return { r: Number(m[1]), c: end ? MAX_COL : 1 };
    throw new OfficeError('InvalidArgument', `bad address ${address}`);
  };
  const s = one(p, false);
  const e = one(q!, true);
  if (e.r < s.r || e.c < s.c) throw new OfficeError('InvalidArgument', `bad address ${address}`);
  return { top: s.r, left: s.c, bottom: e.r, right: e.c };
}

function boxAddress(b: Box): string {
  const a = `${col(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${col(b.right)}${b.bottom}`;
}

function cellOf(s: SheetModel, a: string): CellModel {
  let c = s.cells.get(a);
  if (!c) s.cells.set(a, (c = { value: '', formula: null, numberFormat: 'General', locked: true, format: {} }));
  return c;
}

/** Excel's reading of what is put into a cell. */
function writeCell(c: CellModel, v: unknown): void {
  if (v === null || v === undefined) return;
  if (typeof v === 'number' || typeof v === 'boolean') {
    c.value = v;
    c.formula = null;
    return;
  }
  const s = String(v);
  c.formula = null;
  if (s.startsWith('=') && s.length > 1) {
    c.formula = s;
    c.value = '';
  } else if (s.startsWith("'")) c.value = s.slice(1);
  else if (c.numberFormat === '@') c.value = s;
  else if (/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(s)) c.value = Number(s);
  else if (/^(TRUE|FALSE)$/i.test(s)) c.value = s.toUpperCase() === 'TRUE';
  else c.value = s;
}

function cellsIn(s: SheetModel, b: Box): [string, CellModel][] {
  const out: [string, CellModel][] = [];
  for (const [a, c] of s.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    const r = Number(m[2]);
    const col = colNum(m[1]!);
    if (r >= b.top && r <= b.bottom && col >= b.left && col <= b.right) out.push([a, c]);
  }
  return out;
}

function utf8(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

// ---------- request context ----------

interface Action {
  json: unknown;
  apply: () => void;
}

class Ctx {
  queue: Action[] = [];
  private loadedResponses: (() => unknown)[] = [];
  workbook: { worksheets: Worksheets };
  constructor(
    readonly wb: FakeWorkbook,
    readonly stats: FakeStats,
    readonly supports: (set: string, version: string) => boolean = () => true,
  ) {
    this.workbook = { worksheets: new Worksheets(this) };
  }
  /** Office.js always has the newest client objects; an older Excel fails the request that uses a newer one. */
  requireSet(set: string, version: string, what: string): void {
    if (!this.supports(set, version)) throw new OfficeError('ApiNotFound', `${what} needs ${set} ${version}, which this Excel lacks`);
  }
  push(json: unknown, apply: () => void): void {
    this.queue.push({ json, apply });
  }
  respond(f: () => unknown): void {
    this.loadedResponses.push(f);
  }
  async sync(): Promise<void> {
    const q = this.queue;
    this.queue = [];
    const responses = this.loadedResponses;
    this.loadedResponses = [];
    this.stats.syncs++;
    this.stats.requestBytes.push(utf8(JSON.stringify(q.map((a) => a.json))));
    for (const a of q) a.apply();
    this.stats.responseBytes.push(utf8(JSON.stringify(responses.map((f) => f()))));
  }
}

abstract class Loadable {
  protected loaded = new Map<string, unknown>();
  protected requested = new Set<string>();
  constructor(protected ctx: Ctx) {}
  protected abstract read(prop: string): unknown;
  protected abstract id(): string;
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.push({ load: this.id(), props: list }, () => {
      for (const p of list) this.loaded.set(p, this.read(p));
      this.loaded.set('isNullObject', this.read('isNullObject'));
    });
    this.ctx.respond(() => Object.fromEntries(list.map((p) => [p, this.loaded.get(p)])));
    return this;
  }
  protected get(prop: string): unknown {
    if (!this.loaded.has(prop)) {
      throw new OfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject') as boolean;
  }
}

type SheetRef = () => SheetModel | null;

class Worksheets extends Loadable {
  constructor(ctx: Ctx) {
    super(ctx);
  }
  protected id() {
    return 'worksheets';
  }
  protected read(prop: string): unknown {
    if (prop === 'items/name' || prop === 'items') return this.ctx.wb.sheets.map((s) => s.name);
    if (prop === 'isNullObject') return false;
    throw new OfficeError('InvalidArgument', `unknown property ${prop}`);
  }
  get items(): { name: string }[] {
    const names = (this.loaded.get('items/name') ?? this.get('items')) as string[];
    return names.map((name) => ({ name }));
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, () => {
      const s = this.ctx.wb.sheet(name);
      if (!s) throw new OfficeError('ItemNotFound', `The requested resource doesn't exist: sheet ${name}`);
      return s;
    }, `sheet(${name})`);
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.wb.sheet(name) ?? null, `sheet?(${name})`);
  }
  add(name: string): Worksheet {
    let made: SheetModel | null = null;
    this.ctx.push({ add: name }, () => {
      made = this.ctx.wb.addSheet(name);
    });
    return new Worksheet(this.ctx, () => made, `added(${name})`);
  }
}

class Worksheet extends Loadable {
  constructor(
    ctx: Ctx,
    readonly ref: SheetRef,
    private path: string,
  ) {
    super(ctx);
  }
  protected id() {
    return this.path;
  }
  model(): SheetModel {
    const s = this.ref();
    if (!s) throw new OfficeError('ItemNotFound', `${this.path} is a null object`);
    return s;
  }
  protected read(prop: string): unknown {
    const s = this.ref();
    if (prop === 'isNullObject') return s === null;
    if (!s) return null;
    if (prop === 'name') return s.name;
    if (prop === 'visibility') return s.visibility;
    throw new OfficeError('InvalidArgument', `unknown property ${prop}`);
  }
  private set(prop: string, v: unknown, f: (s: SheetModel) => void) {
    this.ctx.push({ set: `${this.path}.${prop}`, v }, () => f(this.model()));
  }
  get name(): string {
    return this.get('name') as string;
  }
  set name(v: string) {
    this.set('name', v, (s) => {
      if (this.ctx.wb.sheet(v) && this.ctx.wb.sheet(v) !== s) throw new OfficeError('ItemAlreadyExists', `A sheet named "${v}" already exists`);
      if (v.length > 31) throw new OfficeError('InvalidArgument', `sheet name too long: ${v}`);
      s.name = v;
    });
  }
  set visibility(v: string) {
    this.set('visibility', v, (s) => (s.visibility = v));
  }
  getRange(address?: string): Range {
    return new Range(this.ctx, this, address ?? 'A1:XFD1048576');
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return new Range(this.ctx, this, null, valuesOnly ?? false);
  }
  activate(): void {
    this.ctx.push({ call: `${this.path}.activate` }, () => (this.ctx.wb.active = this.model().name));
  }
  copy(position?: string): Worksheet {
    let made: SheetModel | null = null;
    this.ctx.push({ call: `${this.path}.copy`, position }, () => {
      const s = this.model();
      let n = 2;
      while (this.ctx.wb.sheet(`${s.name.slice(0, 26)} (${n})`)) n++;
      const c: SheetModel = structuredClone({ ...s, name: `${s.name.slice(0, 26)} (${n})` });
      this.ctx.wb.sheets.push(c);
      made = c;
    });
    return new Worksheet(this.ctx, () => made, `${this.path}.copy`);
  }
  delete(): void {
    this.ctx.push({ call: `${this.path}.delete` }, () => {
      const s = this.model();
      this.ctx.wb.sheets = this.ctx.wb.sheets.filter((x) => x !== s);
    });
  }
  get protection() {
    return {
      protect: (options?: unknown) =>
        this.ctx.push({ call: `${this.path}.protect`, options }, () => {
          const s = this.model();
          s.protected = true;
          s.protectOptions = options ?? null;
        }),
      unprotect: () => this.ctx.push({ call: `${this.path}.unprotect` }, () => (this.model().protected = false)),
    };
  }
  get freezePanes() {
    const call = (name: string, arg: unknown, f: (s: SheetModel) => void) => this.ctx.push({ call: `${this.path}.freezePanes.${name}`, arg }, () => f(this.model()));
    return {
      freezeAt: (a: string) =>
        call('freezeAt', a, (s) => {
          const b = parseBox(a);
          s.freeze = { rows: b.bottom, columns: b.right };
        }),
      freezeRows: (n: number) => call('freezeRows', n, (s) => (s.freeze = { rows: n, columns: 0 })),
      freezeColumns: (n: number) => call('freezeColumns', n, (s) => (s.freeze = { rows: 0, columns: n })),
      unfreeze: () => call('unfreeze', null, (s) => (s.freeze = null)),
    };
  }
  get pageLayout() {
    const ws = this;
    const set = (k: string) => (v: unknown) =>
      ws.ctx.push({ set: `${ws.path}.pageLayout.${k}`, v }, () => {
        ws.ctx.requireSet('ExcelApi', '1.9', 'Worksheet.pageLayout');
        ws.model().page[k] = v;
      });
    const o = {
      setPrintArea: (a: string) => set('printArea')(a),
      setPrintTitleRows: (a: string) => set('printTitleRows')(a),
    };
    for (const k of ['paperSize', 'orientation', 'centerHorizontally', 'zoom']) Object.defineProperty(o, k, { set: set(k) });
    return o;
  }
}

class Range extends Loadable {
  constructor(
    ctx: Ctx,
    private ws: Worksheet,
    /** null: the used range, found when the request runs. */
    private at: string | null,
    private valuesOnly = false,
  ) {
    super(ctx);
  }
  protected id() {
    return `${(this.ws as unknown as { path: string }).path}!${this.at ?? 'used'}`;
  }
  private box(): Box | null {
    if (this.at !== null) return parseBox(this.at);
    const s = this.ws.ref();
    if (!s) return null;
    let b: Box | null = null;
    for (const [a, c] of s.cells) {
      if (this.valuesOnly && c.value === '' && c.formula === null) continue;
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      const r = Number(m[2]);
      const col = colNum(m[1]!);
      b = b ? { top: Math.min(b.top, r), left: Math.min(b.left, col), bottom: Math.max(b.bottom, r), right: Math.max(b.right, col) } : { top: r, left: col, bottom: r, right: col };
    }
    return b;
  }
  protected read(prop: string): unknown {
    const b = this.box();
    if (prop === 'isNullObject') return b === null;
    if (!b) return null;
    const s = this.ws.model();
    const grid = (f: (c: CellModel | undefined) => unknown) =>
      Array.from({ length: b.bottom - b.top + 1 }, (_, i) => Array.from({ length: b.right - b.left + 1 }, (_, j) => f(s.cells.get(`${col(b.left + j)}${b.top + i}`))));
    switch (prop) {
      case 'values':
        return grid((c) => c?.value ?? '');
      case 'formulas':
        return grid((c) => c?.formula ?? c?.value ?? '');
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      case 'rowCount':
        return b.bottom - b.top + 1;
      case 'columnCount':
        return b.right - b.left + 1;
      case 'address':
        return `${s.name}!${boxAddress(b)}`;
      default:
        throw new OfficeError('InvalidArgument', `unknown property ${prop}`);
    }
  }
  get values(): Value[][] {
    return this.get('values') as Value[][];
  }
  get formulas(): Value[][] {
    return this.get('formulas') as Value[][];
  }
  get rowCount(): number {
    return this.get('rowCount') as number;
  }
  /** Office.js's loaded address ("Sheet!A1:B2"); a property read, like the others. */
  get address(): string {
    return this.get('address') as string;
  }
  /** Run f on every cell of the range (creating them), refusing a protected sheet as Excel does. */
  private write(what: string, v: unknown, f: (c: CellModel, i: number, j: number) => void, json = true) {
    this.ctx.push({ set: `${this.id()}.${what}`, v: json ? v : undefined }, () => {
      const s = this.ws.model();
      if (s.protected) throw new OfficeError('InvalidOperation', `The cell or chart you're trying to change is protected (${s.name})`);
      const b = this.box()!;
      if ((b.bottom - b.top + 1) * (b.right - b.left + 1) > 5_000_000) throw new OfficeError('InvalidArgument', 'range too large');
      for (let i = 0; i <= b.bottom - b.top; i++) for (let j = 0; j <= b.right - b.left; j++) f(cellOf(s, `${col(b.left + j)}${b.top + i}`), i, j);
    });
  }
  private matrix(name: string, v: unknown): (i: number, j: number) => unknown {
    if (!Array.isArray(v)) return () => v;
    const b = parseBox(this.at!);
    if (v.length !== b.bottom - b.top + 1 || v.some((r) => !Array.isArray(r) || r.length !== b.right - b.left + 1)) {
      throw new OfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${name} ${this.at}).`);
    }
    return (i, j) => (v as unknown[][])[i]![j];
  }
  set formulas(v: unknown) {
    const at = this.matrix('formulas', v);
    this.write('formulas', v, (c, i, j) => writeCell(c, at(i, j)));
  }
  set values(v: unknown) {
    const at = this.matrix('values', v);
    this.write('values', v, (c, i, j) => writeCell(c, at(i, j)));
  }
  set numberFormat(v: unknown) {
    const at = this.matrix('numberFormat', v);
    this.write('numberFormat', v, (c, i, j) => {
      const f = at(i, j);
      if (f !== null && f !== undefined) c.numberFormat = String(f);
    });
  }
  set columnHidden(v: boolean) {
    this.ctx.push({ set: `${this.id()}.columnHidden`, v }, () => {
      const s = this.ws.model();
      const b = this.box()!;
      if (!v) s.hiddenColumns.clear();
      else for (let c = b.left; c <= b.right; c++) s.hiddenColumns.add(c);
    });
  }
  merge(across?: boolean): void {
    this.ctx.push({ call: `${this.id()}.merge`, across }, () => this.ws.model().merges.push(this.at!));
  }
  unmerge(): void {
    this.ctx.push({ call: `${this.id()}.unmerge` }, () => {
      this.ws.model().merges = [];
    });
  }
  clear(applyTo?: string): void {
    this.ctx.push({ call: `${this.id()}.clear`, applyTo }, () => {
      const s = this.ws.model();
      if (s.protected) throw new OfficeError('InvalidOperation', `protected sheet ${s.name}`);
      for (const [a] of cellsIn(s, this.box() ?? { top: 1, left: 1, bottom: 0, right: 0 })) s.cells.delete(a);
    });
  }
  select(): void {
    this.ctx.push({ call: `${this.id()}.select` }, () => (this.ctx.wb.selected = { sheet: this.ws.model().name, address: this.at! }));
  }
  get format() {
    const r = this;
    const fmt = (path: string) => (v: unknown) => r.write(`format.${path}`, v, (c) => (c.format[path] = v));
    const props = (prefix: string, keys: string[]) => {
      const o: Record<string, unknown> = {};
      for (const k of keys) Object.defineProperty(o, k, { set: fmt(prefix + k) });
      return o;
    };
    const o = props('', ['wrapText', 'horizontalAlignment', 'verticalAlignment']) as Record<string, unknown>;
    o.font = props('font.', ['bold', 'size', 'color']);
    o.fill = props('fill.', ['color']);
    o.borders = { getItem: (edge: string) => props(`border.${edge}.`, ['style', 'color']) };
    o.protection = {};
    Object.defineProperty(o.protection, 'locked', { set: (v: boolean) => r.write('format.protection.locked', v, (c) => (c.locked = v)) });
    Object.defineProperty(o, 'columnWidth', {
      set: (v: number) =>
        r.ctx.push({ set: `${r.id()}.columnWidth`, v }, () => {
          const b = r.box()!;
          for (let c = b.left; c <= b.right; c++) r.ws.model().columnWidths.set(c, v);
        }),
    });
    Object.defineProperty(o, 'rowHeight', {
      set: (v: number) =>
        r.ctx.push({ set: `${r.id()}.rowHeight`, v }, () => {
          const b = r.box()!;
          for (let x = b.top; x <= b.bottom; x++) r.ws.model().rowHeights.set(x, v);
        }),
    });
    return o;
  }
  get dataValidation() {
    const r = this;
    const current = (): ValidationModel => {
      const s = r.ws.model();
      let v = s.validations.find((x) => x.address === r.at);
      if (!v) s.validations.push((v = { address: r.at!, rule: null }));
      return v;
    };
    const o = {
      clear: () =>
        r.ctx.push({ call: `${r.id()}.dataValidation.clear` }, () => {
          const s = r.ws.model();
          const b = r.box()!;
          s.validations = s.validations.filter((v) => {
            const x = parseBox(v.address);
            return x.bottom < b.top || x.top > b.bottom || x.right < b.left || x.left > b.right;
          });
        }),
    };
    for (const k of ['rule', 'prompt', 'errorAlert', 'ignoreBlanks'] as const) {
      Object.defineProperty(o, k, {
        set: (v: unknown) =>
          r.ctx.push({ set: `${r.id()}.dataValidation.${k}`, v }, () => {
            if (r.ws.model().protected) throw new OfficeError('InvalidOperation', 'protected');
            (current() as unknown as Record<string, unknown>)[k] = v;
          }),
      });
    }
    return o;
  }
  get conditionalFormats() {
    const r = this;
    return {
      add: (type: string) => {
        const model: { address: string; formula: string; fill?: string; font?: string } = { address: r.at!, formula: '' };
        r.ctx.push({ call: `${r.id()}.conditionalFormats.add`, type }, () => r.ws.model().conditionalFormats.push(model));
        const set = (k: 'formula' | 'fill' | 'font') => (v: string) => r.ctx.push({ set: `${r.id()}.cf.${k}`, v }, () => (model[k] = v));
        const rule = {};
        Object.defineProperty(rule, 'formula', { set: set('formula') });
        const fill = {};
        Object.defineProperty(fill, 'color', { set: set('fill') });
        const font = {};
        Object.defineProperty(font, 'color', { set: set('font') });
        return { custom: { rule, format: { fill, font } } };
      },
      clearAll: () =>
        r.ctx.push({ call: `${r.id()}.conditionalFormats.clearAll` }, () => {
          r.ws.model().conditionalFormats = [];
        }),
    };
  }
}

export interface FakeHostOptions {
  /** Requirement sets this Excel has, e.g. { ExcelApi: '1.8' }. Default: ExcelApi 1.12. */
  sets?: Record<string, string>;
  now?: () => Date;
}

export interface FakeHost {
  run<T>(batch: (ctx: never) => Promise<T>): Promise<T>;
  supports(set: string, version: string): boolean;
  now(): Date;
  stats: FakeStats;
  /** Sync counts and request sizes of the runs since the last reset. */
  reset(): void;
}

const versionAtLeast = (have: string, want: string) => {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
};

export function fakeHost(wb: FakeWorkbook, opts: FakeHostOptions = {}): FakeHost {
  const sets = opts.sets ?? { ExcelApi: '1.12' };
  const host: FakeHost = {
    stats: { syncs: 0, requestBytes: [], responseBytes: [] },
    async run(batch) {
      const ctx = new Ctx(wb, host.stats, host.supports);
      const out = await batch(ctx as never);
      // Excel.run sends what is still queued when the batch ends
      if (ctx.queue.length) await ctx.sync();
      return out;
    },
    supports: (set, version) => sets[set] !== undefined && versionAtLeast(sets[set]!, version),
    now: opts.now ?? (() => new Date(2025, 9, 1, 9, 30, 0)),
    reset() {
      host.stats = { syncs: 0, requestBytes: [], responseBytes: [] };
    },
  };
  return host;
}
