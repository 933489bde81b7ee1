/// <reference types="office-js" />
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { langFromTag } from '../../core/i18n/lang';
import { displayLanguage, officeHost } from '../excel/host';
import { App } from './App';
import { workbookOf } from './workbook';

Office.onReady(() => {
  const lang = langFromTag(displayLanguage() ?? navigator.language);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} workbook={workbookOf(officeHost())} />
    </FluentProvider>,
  );
});
