export * from './transport-contract.suite';
export * from './thing-happened.schema';
export * from './messaging-test-database';
