import { describe, expect, it } from 'vitest';
import { fakeHost, FakeWorkbook } from './fake-excel';

// The fake is only worth its tests if it refuses what Office.js refuses.
describe('the fake Excel behaves like Office.js where it matters', () => {
  it('writes wait for context.sync()', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    const host = fakeHost(wb);
    await host.run(async (ctx: any) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B1').formulas = [[1, '=A1*2']];
      expect(wb.value('S', 'A1')).toBeUndefined();
      await ctx.sync();
      expect(wb.value('S', 'A1')).toBe(1);
      expect(wb.sheet('S')!.cells.get('B1')!.formula).toBe('=A1*2');
    });
    expect(host.stats.syncs).toBe(1);
  });

  it('reading a property that was not loaded throws PropertyNotLoaded; after load and sync it reads', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    wb.type('S', 'A1', 'x');
    const host = fakeHost(wb);
    await host.run(async (ctx: any) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
      expect(() => r.values).toThrow(/not available/);
      try {
        void r.values;
      } catch (e) {
        expect((e as { code: string }).code).toBe('PropertyNotLoaded');
      }
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([['x']]);
    });
  });

  it('a write into a protected sheet fails the sync; a wrong-sized array is refused', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S').protected = true;
    const host = fakeHost(wb);
    await expect(
      host.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/protected/);
    await expect(
      host.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/doesn't match/);
  });

  it('typing reads like Excel: digits become numbers unless the cell is text or the entry is quoted', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    const host = fakeHost(wb);
    await host.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('B1').numberFormat = [['@']];
      ws.getRange('A1:C1').formulas = [['913501000000000001', '913501000000000001', "'=1+1"]];
      await ctx.sync();
    });
    expect(wb.value('S', 'A1')).toBe(913501000000000001);
    expect(wb.value('S', 'B1')).toBe('913501000000000001');
    expect(wb.value('S', 'C1')).toBe('=1+1');
  });

  it('counts the JSON size of each request', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    const host = fakeHost(wb);
    await host.run(async (ctx: any) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['测'.repeat(1000)]];
      await ctx.sync();
    });
    // 1000 CJK characters are 3000 bytes of UTF-8, plus the action's path
    expect(host.stats.requestBytes[0]).toBeGreaterThan(3000);
    expect(host.stats.requestBytes[0]).toBeLessThan(3200);
  });
});
