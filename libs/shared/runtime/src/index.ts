export * from './lib/origin-checked-io.adapter';
export * from './lib/run-service';
export * from './lib/runtime-options';
export * from './lib/runtime.module';
