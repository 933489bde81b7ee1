import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { inputKey } from '../workbook/input';
import type { SheetPlan } from '../workbook/plan';
import type { GridSheet } from '../workbook/read';

/**
 * What a returned file must still look like: sheet names, the texts that pin rows and columns (clauses, applicant
 * codes), and which meaning each entry cell carries. Entries are left out, so filling the file keeps its fingerprint.
 */
export interface Layout {
  sheets: { name: string; anchors: [string, string][]; inputs: [string, string][] }[];
}

export function plannedLayout(sheets: readonly SheetPlan[]): Layout {
  return {
    sheets: sheets.map((s) => ({
      name: s.name,
      anchors: s.anchors.map((a) => [a.cell, a.text]),
      inputs: s.inputs.map((r) => [r.cell, inputKey(r)]),
    })),
  };
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * The same description taken from a file: a planned sheet that is not there under its name counts as absent, and
 * each anchor holds whatever text the file has in that cell. Entry meanings follow from the anchors, so they are
 * carried over only for a sheet whose anchors all hold.
 */
export function observedLayout(sheets: readonly SheetPlan[], grids: readonly GridSheet[]): Layout {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const out: Layout = { sheets: [] };
  for (const s of sheets) {
    const g = byName.get(s.name);
    if (!g) continue;
    const anchors: [string, string][] = s.anchors.map((a) => [a.cell, text(g.cells[a.cell])]);
    const held = anchors.every(([, t], i) => t === s.anchors[i]!.text);
    out.sheets.push({ name: g.name, anchors, inputs: held ? s.inputs.map((r) => [r.cell, inputKey(r)]) : [] });
  }
  return out;
}

/** SHA-256 of the layout with its identity (year, profile, reviewer, stage), in hex. */
export function fingerprint(identity: { year: number; profileId: string; reviewerId: string; stage: string }, layout: Layout): string {
  const canonical = JSON.stringify([identity.year, identity.profileId, identity.reviewerId, identity.stage, layout.sheets.map((s) => [s.name, s.anchors, s.inputs])]);
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}
