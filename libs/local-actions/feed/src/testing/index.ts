// The Nest-on-Fastify test app shared by every read-model and write-module integration suite.
export * from '@accord/shared/service-testing';
