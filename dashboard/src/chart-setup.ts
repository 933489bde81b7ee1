import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

// Only what the dashboard draws is registered, which keeps the bundle small.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif';
Chart.defaults.maintainAspectRatio = false;

// No animation: a chart is complete the moment it appears, for the meeting and for whoever reads it with a screen
// reader; the time to the first full render is then what a person waits for, not that plus a second of motion.
Chart.defaults.animation = false;

export { Chart };
export type { ChartConfiguration };

/** Colours that stay apart for colour-blind readers and in grey print (Okabe-Ito). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** A PNG of a chart on white (a canvas is transparent, which turns black in some viewers and slides). */
export function chartPng(canvas: HTMLCanvasElement): Promise<Blob> {
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, 0, 0);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'));
}
