/// <reference types="office-js" />
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { langFromTag } from '../../core/i18n/lang';
import { displayLanguage, officeHost } from '../excel/host';
import { readiness } from '../excel/readiness';
import { App } from './App';
import { workbookOf } from './workbook';

Office.onReady((info) => {
  const lang = langFromTag(displayLanguage() ?? navigator.language);
  const host = officeHost();
  const notice = readiness({ host: info?.host ? String(info.host) : null }, (set, version) => {
    try {
      return host.supports(set, version);
    } catch {
      return false; // outside Office there are no requirements to ask
    }
  });
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} workbook={workbookOf(host)} notice={notice} />
    </FluentProvider>,
  );
});
