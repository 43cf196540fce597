module.exports = require('../../jest.preset.cjs').project(__dirname, { testTimeout: 60_000 });
