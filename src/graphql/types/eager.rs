//! [`Eager`]: an object whose plain fields are answered straight from what it holds.
//!
//! async-graphql resolves every field of an object as a boxed future of its own, through the
//! object's generated `resolve_field` (a chain of name comparisons, a context per field), and
//! then builds the object from their results. A catalogue page is some 850 such fields, nearly
//! all a string or a number the object already holds. For an `Eager<T>`, the fields that
//! [`AtHand::at_hand`] knows are answered in one pass over the selection; every other field goes
//! to `T`'s own resolver, one after another, as `#[Object(serial)]` does; the values are merged
//! into the object as the library merges them. A selection with a fragment, or with a directive
//! that is still there at execution (`@skip` and `@include` are applied before), and a mutation's
//! result (its schema runs an extension) are resolved by the library as usual.
//!
//! The whole resolution runs in one heap allocation of its own, as for [`super::boxed::Boxed`].
//! `tests/api/eager.rs` checks that every object answers the same through both paths.

use std::borrow::Cow;

use async_graphql::indexmap::IndexMap;
use async_graphql::indexmap::map::Entry;
use async_graphql::parser::types::{Field, OperationType, Selection};
use async_graphql::registry::Registry;
use async_graphql::resolver_utils::{ContainerType, EnumType, enum_value};
use async_graphql::{ContextSelectionSet, Name, OutputType, Positioned, ServerResult, Value};

/// The fields of an object that need neither the request's context nor arguments.
pub trait AtHand: ContainerType {
    /// The value of the field named `field` (its schema name), or `None` when it must be
    /// resolved through the object's resolver.
    fn at_hand(&self, field: &str) -> Option<Value>;
}

/// `T` in the schema; its fields at hand answered without a future each.
pub struct Eager<T>(pub T);

impl<T: AtHand + Send + Sync> OutputType for Eager<T> {
    fn type_name() -> Cow<'static, str> {
        T::type_name()
    }

    fn qualified_type_name() -> String {
        T::qualified_type_name()
    }

    fn introspection_type_name(&self) -> Cow<'static, str> {
        self.0.introspection_type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        T::create_type_info(registry)
    }

    async fn resolve(&self, ctx: &ContextSelectionSet<'_>, field: &Positioned<Field>) -> ServerResult<Value> {
        if !answerable(ctx) {
            return Box::pin(self.0.resolve(ctx, field)).await;
        }
        Box::pin(resolve_eagerly(ctx, &self.0)).await
    }
}

/// Whether the selection is plain fields only, in a query or a subscription: a mutation runs on
/// the schema with the audit extension (`graphql::executor`), whose hook the library calls for
/// every field it resolves.
fn answerable(ctx: &ContextSelectionSet<'_>) -> bool {
    ctx.query_env.operation.node.ty != OperationType::Mutation
        && ctx.item.node.items.iter().all(|selection| match &selection.node {
            Selection::Field(field) => field.node.directives.is_empty(),
            Selection::FragmentSpread(_) | Selection::InlineFragment(_) => false,
        })
}

async fn resolve_eagerly<T: AtHand>(ctx: &ContextSelectionSet<'_>, root: &T) -> ServerResult<Value> {
    let items = &ctx.item.node.items;
    let mut object = IndexMap::with_capacity(items.len());
    for selection in items {
        let Selection::Field(field) = &selection.node else {
            continue; // not reached: see `answerable`
        };
        let key = field.node.response_key().node.clone();
        let name = field.node.name.node.as_str();
        let at_hand = if name == "__typename" {
            Some(Value::String(root.introspection_type_name().into_owned()))
        } else {
            root.at_hand(name)
        };
        match at_hand {
            Some(value) => merge(&mut object, key, value),
            None => match root.resolve_field(&ctx.with_field(field)).await {
                Ok(value) => merge(&mut object, key, value.unwrap_or_default()),
                Err(e) => ctx.add_error(e),
            },
        }
    }
    Ok(if object.is_empty() {
        Value::Null
    } else {
        Value::Object(object)
    })
}

/// Adds a field's value under its response key; a key asked for twice merges as the library
/// does (objects field by field, lists of objects item by item, otherwise the first stays).
fn merge(target: &mut IndexMap<Name, Value>, key: Name, value: Value) {
    match target.entry(key) {
        Entry::Vacant(slot) => {
            slot.insert(value);
        }
        Entry::Occupied(mut slot) => match (slot.get_mut(), value) {
            (Value::Object(into), Value::Object(from)) => {
                for (k, v) in from {
                    merge(into, k, v);
                }
            }
            (Value::List(into), Value::List(from)) => {
                for (into, from) in into.iter_mut().zip(from) {
                    if let (Value::Object(into), Value::Object(from)) = (into, from) {
                        for (k, v) in from {
                            merge(into, k, v);
                        }
                    }
                }
            }
            _ => {}
        },
    }
}

/// A string field.
pub fn string(s: &str) -> Value {
    Value::String(s.to_owned())
}

/// A nullable field.
pub fn nullable<T>(value: Option<T>, f: impl FnOnce(T) -> Value) -> Value {
    value.map_or(Value::Null, f)
}

/// An enum field.
pub fn enumeration<T: EnumType>(value: T) -> Value {
    enum_value(value)
}
