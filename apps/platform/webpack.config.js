module.exports = require('../../tools/webpack/node-service.webpack.cjs')(__dirname);
