export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Office and browsers give tags like zh-CN, zh-Hans, en-US: anything Chinese is Chinese, the rest English. */
export function langFromTag(tag: string | undefined | null): Lang {
  if (!tag) return 'zh';
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
