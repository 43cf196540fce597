const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { basename, join } = require('node:path');

/**
 * The webpack configuration every Node app of the workspace shares (the platform, each service, the
 * gateway): src/main.ts to dist/apps/<app>/main.js, dependencies left in node_modules (never bundled),
 * no minification, so stack traces and --cpu-prof name our own functions.
 */
module.exports = function nodeServiceConfig(appDir) {
  return {
    output: { path: join(appDir, '../../dist/apps', basename(appDir)), clean: true },
    devtool: 'source-map',
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        externalDependencies: 'all',
        sourceMap: true,
      }),
    ],
  };
};
