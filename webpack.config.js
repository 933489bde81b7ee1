// One webpack build per app; `npx webpack --config-name dashboard` builds one of them. Each config is
// self-contained so another app (the add-in) is one more entry in the array.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** TypeScript through ts-loader, type-checked separately by `tsc --noEmit` (transpileOnly keeps builds fast). */
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: false } },
  },
};

/** The leadership dashboard: a static site in dist/dashboard (index.html, one script, styles, the sample CSVs). */
function dashboardConfig(mode) {
  return {
    name: 'dashboard',
    mode,
    context: root,
    entry: { dashboard: './dashboard/src/main.tsx' },
    output: {
      path: resolve(root, 'dist/dashboard'),
      filename: mode === 'production' ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [typescriptRule] },
    devtool: mode === 'production' ? false : 'eval-cheap-module-source-map',
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ template: './dashboard/index.html', inject: 'body' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'dashboard/sample', to: 'sample' },
          { from: 'dashboard/styles.css', to: 'styles.css' },
        ],
      }),
    ],
  };
}

/**
 * The Excel add-in: the task pane and the ribbon's function file in dist/addin, with office.js copied from
 * @microsoft/office-js so the pane loads offline (tests, a county network without the CDN). `npx webpack serve
 * --config-name addin` serves it on https://localhost:3000 with the certificates of office-addin-dev-certs.
 */
function addinConfig(mode) {
  const certs = resolve(process.env.HOME ?? '', '.office-addin-dev-certs');
  const https = existsSync(resolve(certs, 'localhost.crt'))
    ? { type: 'https', options: { ca: readFileSync(resolve(certs, 'ca.crt')), cert: readFileSync(resolve(certs, 'localhost.crt')), key: readFileSync(resolve(certs, 'localhost.key')) } }
    : 'http';
  return {
    name: 'addin',
    mode,
    context: root,
    entry: { taskpane: './addin/taskpane/index.tsx', commands: './addin/commands/commands.ts' },
    output: { path: resolve(root, 'dist/addin'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [typescriptRule] },
    devtool: mode === 'production' ? false : 'eval-cheap-module-source-map',
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './addin/taskpane/taskpane.html', chunks: ['taskpane'], inject: 'body' }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './addin/commands/commands.html', chunks: ['commands'], inject: 'body' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'node_modules/@microsoft/office-js/dist/office.js', to: 'office.js', info: { minimized: true } },
          // office.js loads Excel's host file and its strings next to itself: only Excel's and two languages are kept
          { from: 'node_modules/@microsoft/office-js/dist', to: '.', info: { minimized: true }, globOptions: { ignore: ['**/*.debug.js'] }, filter: (p) => /[\\/](excel[^\\/]*|o15apptofilemappingtable|es6-promise)\.js$|[\\/](zh-cn|en-us)[\\/]office_strings\.js$/.test(p) },
          { from: 'addin/assets', to: 'assets', noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: { port: 3000, server: https, headers: { 'Access-Control-Allow-Origin': '*' }, static: false },
  };
}

export default (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  return [dashboardConfig(mode), addinConfig(mode)];
};
