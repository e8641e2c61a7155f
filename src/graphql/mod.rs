//! The GraphQL face: schema, resolvers, guards.

pub mod audit;
pub mod context;
pub mod desktop_query;
pub mod documents;
pub mod errors;
pub mod executor;
pub mod limits;
pub mod loaders;
pub mod mutation;
pub mod query;
pub mod subscription;
pub mod types;

use async_graphql::Schema;
use async_graphql::extensions::ExtensionFactory;

use crate::app::State;
use crate::config::Mode;

/// The schema type.
pub type AppSchema = Schema<query::QueryRoot, mutation::MutationRoot, subscription::SubscriptionRoot>;

/// Deepest selection allowed.
pub const MAX_DEPTH: usize = 16;
/// Largest total field count of one operation.
pub const MAX_COMPLEXITY: usize = 20_000;
/// Most directives on one field.
pub const MAX_DIRECTIVES: usize = 10;

fn builder() -> async_graphql::SchemaBuilder<query::QueryRoot, mutation::MutationRoot, subscription::SubscriptionRoot> {
    Schema::build(
        query::QueryRoot::default(),
        mutation::MutationRoot::default(),
        subscription::SubscriptionRoot,
    )
    .register_output_type::<types::source::BootSource>()
    .register_output_type::<types::node::Node>()
    .limit_depth(MAX_DEPTH)
    .limit_complexity(MAX_COMPLEXITY)
    .limit_directives(MAX_DIRECTIVES)
    .limit_recursive_depth(64)
}

/// The complexity of a connection field: its page size times what each node costs, so a query
/// cannot nest large pages inside large pages.
pub fn page_cost(first: Option<i32>, child_complexity: usize) -> usize {
    let page = first
        .unwrap_or(crate::db::pagination::DEFAULT_PAGE)
        .clamp(1, crate::db::pagination::MAX_PAGE);
    usize::try_from(page)
        .unwrap_or(1)
        .saturating_mul(child_complexity.max(1))
}

/// A schema serving `state` with `extensions` (see [`executor`]: the mutations' schema audits
/// them, the reads' schema has none).
///
/// A schema with no extension also carries [`types::eager::NoExtensions`], the one condition of
/// the fast path: with any extension the library calls its hooks for every field it resolves,
/// and a field answered at hand would skip them. The operator can leave it out
/// (`XSPACE_GRAPHQL_AT_HAND=off`).
pub fn build_schema(state: State, extensions: Vec<Box<dyn ExtensionFactory>>) -> AppSchema {
    let mode = state.config.mode;
    let at_hand = state.config.answer_at_hand;
    let mut b = builder().data(state);
    if extensions.is_empty() && at_hand {
        b = b.data(types::eager::NoExtensions);
    }
    for extension in extensions {
        b = b.extension(Registered(extension));
    }
    if mode == Mode::Production {
        b = b.disable_introspection().disable_suggestions();
    }
    b.finish()
}

/// An extension chosen at run time.
struct Registered(Box<dyn ExtensionFactory>);

impl ExtensionFactory for Registered {
    fn create(&self) -> std::sync::Arc<dyn async_graphql::extensions::Extension> {
        self.0.create()
    }
}

/// The SDL that `schema.graphql` holds.
pub fn sdl() -> String {
    builder().finish().sdl()
}
