//! [`Eager`]: an object whose plain fields are answered straight from what it holds.
//!
//! async-graphql resolves every field of an object as a boxed future of its own, through the
//! object's generated `resolve_field` (a chain of name comparisons, a context per field), and
//! then builds the object from their results. A catalogue page is some 850 such fields, nearly
//! all a string or a number the object already holds. For an `Eager<T>`, the fields that
//! [`AtHand::at_hand`] knows are answered in one pass over the selection, and so are the objects
//! that [`AtHand::child`] holds (an edge's node, a listed source's platform) when their own
//! selection is all at hand; every other field goes to `T`'s own resolver, one after another, as
//! `#[Object(serial)]` does. The values are merged into the object as the library merges them.
//! A selection with a fragment, or with a directive that is still there at execution (`@skip`
//! and `@include` are applied before), and a mutation's result (its schema runs an extension)
//! are resolved by the library as usual.
//!
//! It reads the selection (`ContextBase::item`) and the operation's kind (`query_env`) as the code
//! async-graphql's derive macros generate does, through fields the library marks `doc(hidden)`:
//! an upgrade that changes them fails to build, or fails `tests/catalogue/eager.rs`, which checks that
//! every such object answers the same, byte for byte, through both paths.

use async_graphql::indexmap::IndexMap;
use async_graphql::indexmap::map::Entry;
use async_graphql::parser::types::{Field, OperationType, Selection};
use async_graphql::resolver_utils::{ContainerType, EnumType, enum_value};
use async_graphql::{ContextSelectionSet, Name, OutputType, Positioned, ServerResult, Value};

use super::boxed::stands_for;

/// The fields of an object that need neither the request's context nor arguments.
pub trait AtHand: Send + Sync {
    /// Its type's name in the schema (`__typename`).
    fn typename(&self) -> &'static str;

    /// The value of the field named `field` (its schema name), or `None` when it is not at hand.
    fn at_hand(&self, field: &str) -> Option<Value>;

    /// The object an object-valued field holds, when it is at hand.
    fn child(&self, _field: &str) -> Option<&dyn AtHand> {
        None
    }
}

/// `T` in the schema; its fields at hand answered without a future each.
pub struct Eager<T>(pub T);

impl<T: AtHand + ContainerType> OutputType for Eager<T> {
    stands_for!(T);

    async fn resolve(&self, ctx: &ContextSelectionSet<'_>, field: &Positioned<Field>) -> ServerResult<Value> {
        if !answerable(ctx) {
            // The library's resolution is as large as `T`'s largest field: boxed (see `boxed`).
            return Box::pin(self.0.resolve(ctx, field)).await;
        }
        let mut object = IndexMap::with_capacity(ctx.item.node.items.len());
        for field in fields(ctx) {
            let key = field.node.response_key().node.clone();
            match value_at_hand(ctx, field, &self.0) {
                Some(value) => merge(&mut object, key, value),
                None => match Box::pin(self.0.resolve_field(&ctx.with_field(field))).await {
                    Ok(value) => merge(&mut object, key, value.unwrap_or_default()),
                    Err(e) => ctx.add_error(e),
                },
            }
        }
        Ok(object_value(object))
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

/// The fields of a selection that is [`answerable`].
fn fields<'a>(ctx: &ContextSelectionSet<'a>) -> impl Iterator<Item = &'a Positioned<Field>> {
    ctx.item
        .node
        .items
        .iter()
        .filter_map(|selection| match &selection.node {
            Selection::Field(field) => Some(field),
            Selection::FragmentSpread(_) | Selection::InlineFragment(_) => None,
        })
}

/// A field's value when it is at hand, with the whole selection of an object it holds.
fn value_at_hand(ctx: &ContextSelectionSet<'_>, field: &Positioned<Field>, root: &dyn AtHand) -> Option<Value> {
    let name = field.node.name.node.as_str();
    if name == "__typename" {
        return Some(Value::String(root.typename().to_owned()));
    }
    if let Some(value) = root.at_hand(name) {
        return Some(value);
    }
    let child = root.child(name)?;
    let ctx_field = ctx.with_field(field);
    object_at_hand(&ctx_field.with_selection_set(&field.node.selection_set), child)
}

/// An object wholly at hand, or `None` when a field of its selection is not.
fn object_at_hand(ctx: &ContextSelectionSet<'_>, root: &dyn AtHand) -> Option<Value> {
    if !answerable(ctx) {
        return None;
    }
    let mut object = IndexMap::with_capacity(ctx.item.node.items.len());
    for field in fields(ctx) {
        let value = value_at_hand(ctx, field, root)?;
        merge(&mut object, field.node.response_key().node.clone(), value);
    }
    Some(object_value(object))
}

/// An object's value as the library gives it: null when no field was answered.
fn object_value(object: IndexMap<Name, Value>) -> Value {
    if object.is_empty() {
        Value::Null
    } else {
        Value::Object(object)
    }
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
