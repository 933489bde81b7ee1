/// <reference types="office-js" />
// The ribbon button opens the task pane (ShowTaskpane): no function commands yet, but Office wants the file loaded.
Office.onReady(() => undefined);
