// One webpack build per app; `npx webpack --config-name dashboard` builds one of them. Each config is
// self-contained so another app (the add-in) is one more entry in the array.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
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

export default (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  return [dashboardConfig(mode)];
};
