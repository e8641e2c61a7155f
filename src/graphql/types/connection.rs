//! Relay connections: `XConnection { edges { cursor node } pageInfo totalCount }`.
//!
//! Connections, edges and page info resolve their fields one after another (`serial`): every
//! field is at hand, and async-graphql's concurrent default builds a task set for each object
//! (three per edge of a catalogue page), which costs more than it could overlap (BENCHMARKS.md).
//! The nodes of a list still resolve concurrently, so loaders batch across them. An edge's cursor
//! is answered at hand (see `eager`).

use async_graphql::SimpleObject;

/// Where a page ends.
#[derive(SimpleObject, Debug, Clone)]
#[graphql(serial)]
pub struct PageInfo {
    /// Whether another page follows.
    pub has_next_page: bool,
    /// The cursor of the last edge; pass it as `after` for the next page.
    pub end_cursor: Option<String>,
}

/// Defines an edge and a connection type for a node type. An `Eager<T>` node is at hand to its
/// edge (see `eager`).
macro_rules! connection {
    ($conn:ident, $edge:ident, Eager<$node:ty>, $what:literal) => {
        $crate::graphql::types::connection::connection!(
            @define $conn, $edge, $crate::graphql::types::eager::Eager<$node>, $what,
            fn child(&self, field: &str) -> Option<Option<&dyn $crate::graphql::types::eager::AtHand>> {
                (field == "node").then_some(Some(&self.node.0 as &dyn $crate::graphql::types::eager::AtHand))
            }
        );
    };
    ($conn:ident, $edge:ident, $node:ty, $what:literal) => {
        $crate::graphql::types::connection::connection!(@define $conn, $edge, $node, $what,);
    };
    (@define $conn:ident, $edge:ident, $node:ty, $what:literal, $($child:item)?) => {
        #[doc = concat!("An edge to one ", $what, ".")]
        #[derive(async_graphql::SimpleObject)]
        #[graphql(serial)]
        pub struct $edge {
            /// Opaque position of this edge, for `after`.
            pub cursor: String,
            #[doc = concat!("The ", $what, ".")]
            pub node: $node,
        }

        impl $crate::graphql::types::eager::AtHand for $edge {
            fn typename(&self) -> &'static str {
                stringify!($edge)
            }

            fn at_hand(&self, field: &str) -> Option<async_graphql::Value> {
                (field == "cursor").then(|| async_graphql::Value::String(self.cursor.clone()))
            }

            $($child)?
        }

        #[doc = concat!("A page of ", $what, "s.")]
        #[derive(async_graphql::SimpleObject)]
        #[graphql(serial)]
        pub struct $conn {
            /// The edges of this page.
            pub edges: Vec<$crate::graphql::types::eager::Eager<$edge>>,
            /// Where this page ends.
            pub page_info: $crate::graphql::types::connection::PageInfo,
            /// How many match in all.
            pub total_count: i32,
        }

        impl $conn {
            /// Builds a connection from a page and each row's cursor and node.
            pub fn build<T>(page: $crate::db::pagination::Page<T>, mut edge: impl FnMut(T) -> (String, $node)) -> Self {
                let edges: Vec<$crate::graphql::types::eager::Eager<$edge>> = page
                    .items
                    .into_iter()
                    .map(|row| {
                        let (cursor, node) = edge(row);
                        $crate::graphql::types::eager::Eager($edge { cursor, node })
                    })
                    .collect();
                let end_cursor = edges.last().map(|e| e.0.cursor.clone());
                Self {
                    edges,
                    page_info: $crate::graphql::types::connection::PageInfo {
                        has_next_page: page.has_next,
                        end_cursor,
                    },
                    total_count: i32::try_from(page.total).unwrap_or(i32::MAX),
                }
            }
        }
    };
}
pub(crate) use connection;
