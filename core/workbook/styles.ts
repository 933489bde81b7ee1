import type { StylePlan } from './plan';

/** The few looks every sheet shares; conditional formats use `invalid` and `flagged`. */
export const STYLES: Record<string, StylePlan> = {
  title: { bold: true, size: 14 },
  subtitle: { color: '555555' },
  header: { bold: true, fill: 'D9E1F2', border: true, wrap: true, align: 'center', valign: 'middle' },
  text: { border: true, valign: 'top' },
  center: { border: true, align: 'center', valign: 'top' },
  wrap: { border: true, wrap: true, valign: 'top' },
  guide: { border: true, wrap: true, valign: 'top', size: 8, color: '444444' },
  entry: { border: true, fill: 'FFF2CC', align: 'center', valign: 'top' },
  entryText: { border: true, fill: 'FFF2CC', wrap: true, valign: 'top' },
  formula: { border: true, align: 'right', valign: 'top' },
  category: { bold: true, border: true, fill: 'EDEDED' },
  total: { bold: true, border: true, fill: 'E2EFDA' },
  note: { bold: true, color: 'C00000' },
  signature: { size: 12 },
  invalid: { fill: 'FF9999', color: '9C0006' },
  flagged: { fill: 'FFD966' },
};
