/// <reference types="office-js" />

/**
 * What the add-in needs from its host: a batch runner and the requirement-set check. In Excel it is Excel.run and
 * Office.context; tests and the browser walkthrough pass a fake. Nothing outside addin/excel sees these objects.
 */
export interface ExcelHost {
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  supports(set: string, version: string): boolean;
  now(): Date;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
    now: () => new Date(),
  };
}

/** Office's display language tag ("zh-CN", "en-US"); undefined outside Office. */
export function displayLanguage(): string | undefined {
  try {
    return typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  } catch {
    return undefined;
  }
}

/** The requirement set manifest.xml asks for: data validation arrived in ExcelApi 1.8. */
export const MINIMUM = { set: 'ExcelApi', version: '1.8' } as const;

/**
 * Features beyond the manifest's ExcelApi 1.8 that the add-in uses when present (each use is behind
 * `host.supports`; test/addin/api-sets.test.ts checks the source against @types/office-js).
 */
export const OPTIONAL = { print: { set: 'ExcelApi', version: '1.9' } } as const;
