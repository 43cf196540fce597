import { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '@accord/shared/persistence';
import { DatabaseKind, TestDatabase, createTestDatabase } from '@accord/shared/testing';
import { messagingMigrations } from '../lib/schema/messaging-migrations';

/** A fresh test database with the messaging schema; `open()` hands out DataSources closed by `drop()`. */
export class MessagingTestDatabase {
  private readonly sources: DataSource[] = [];

  private constructor(readonly db: TestDatabase) {}

  static async create(kind: DatabaseKind): Promise<MessagingTestDatabase> {
    const created = new MessagingTestDatabase(await createTestDatabase(kind));
    const ds = await created.open();
    await runMigrations(ds);
    return created;
  }

  get kind(): DatabaseKind {
    return this.db.kind;
  }

  get url(): string {
    return this.db.url;
  }

  async open(poolSize = 4): Promise<DataSource> {
    const ds = createDataSource({ url: this.db.url, entities: [], migrations: messagingMigrations, poolSize });
    await ds.initialize();
    this.sources.push(ds);
    return ds;
  }

  async drop(): Promise<void> {
    for (const ds of this.sources.splice(0)) if (ds.isInitialized) await ds.destroy();
    await this.db.drop();
  }
}
