// PostGraphile 5 over the benchmark's PostgreSQL database (bench/run.sh starts it).
// Amber is PostGraphile's recommended base preset; the one addition is `removed` in `condition`.
// Production settings: no GraphiQL, no explain, no watch mode, no LISTEN/NOTIFY subscriber.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { jsonPgSmartTags } from "postgraphile/utils";

// PostGraphile lets clients filter only on indexed columns; xspace's page also says
// `removed = false` (no index), so that one column is allowed in `condition` too.
const RemovedConditionPlugin = jsonPgSmartTags({
  version: 1,
  config: { class: { sources: { attribute: { removed: { tags: { isIndexed: true } } } } } },
});

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [RemovedConditionPlugin],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      // node-postgres defaults to 10; give it the pool xspace has by default (XSPACE_DB_POOL_SIZE).
      poolConfig: { max: Number(process.env.PG_POOL_SIZE ?? 16) },
      pubsub: false,
    }),
  ],
  grafserv: {
    host: process.env.PGL_HOST ?? "127.0.0.1",
    port: Number(process.env.PGL_PORT ?? 5678),
    graphqlPath: "/graphql",
    graphiql: false,
    watch: false,
    websockets: false,
  },
  grafast: { explain: false },
};

export default preset;
