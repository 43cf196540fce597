// Angular ships ESM only: its signals are transformed like our own code for the i18n specs.
module.exports = require('../../../jest.preset.cjs').project(__dirname, {
  transformIgnorePatterns: ['/node_modules/(?!(@angular)/)'],
});
