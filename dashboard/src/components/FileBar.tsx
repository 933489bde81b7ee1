import { Button, Label, Select } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { TextEncodingChoice } from '../../../core/exchange/decode';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../i18n';
import type { LoadedFile } from '../parse';

interface Props {
  lang: Lang;
  encoding: TextEncodingChoice;
  onEncoding: (e: TextEncodingChoice) => void;
  onFiles: (files: LoadedFile[]) => void;
  onSample: () => void;
  onClear: () => void;
}

async function toLoaded(list: FileList | File[]): Promise<LoadedFile[]> {
  return Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/** File picker, drop zone, sample and encoding override: all reading happens in this browser. */
export function FileBar({ lang, encoding, onEncoding, onFiles, onSample, onClear }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`filebar no-print${over ? ' drop-over' : ''}`}
      data-testid="dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={async (e) => {
        e.preventDefault();
        setOver(false);
        if (e.dataTransfer.files.length) onFiles(await toLoaded(e.dataTransfer.files));
      }}
    >
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        multiple
        hidden
        data-testid="file-input"
        onChange={async (e) => {
          if (e.target.files?.length) onFiles(await toLoaded(e.target.files));
          e.target.value = '';
        }}
      />
      <Button appearance="primary" onClick={() => input.current?.click()}>{t(lang, 'openFiles')}</Button>
      <span className="drop-hint">{t(lang, 'dropHere')}</span>
      <Button onClick={onSample} data-testid="load-sample">{t(lang, 'loadSample')}</Button>
      <Button appearance="subtle" onClick={onClear}>{t(lang, 'clear')}</Button>
      <Label htmlFor="enc">{t(lang, 'encoding')}</Label>
      <Select id="enc" value={encoding} onChange={(_, d) => onEncoding(d.value as TextEncodingChoice)}>
        <option value="auto">{t(lang, 'encAuto')}</option>
        <option value="utf-8">UTF-8</option>
        <option value="gb18030">GB18030 / GBK</option>
      </Select>
    </div>
  );
}
