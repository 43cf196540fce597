// Angular ships ESM only: its signals are transformed like our own code for the PagedList spec.
module.exports = require('../../../jest.preset.cjs').project(__dirname, {
  transformIgnorePatterns: ['/node_modules/(?!(@angular|rxjs)/)'],
});
