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
//! Fragments (named or inline) are spread in place where their type condition applies to the
//! object, as the library decides it (the type itself or an interface it implements), so the
//! documents clients really send — a console's `...SourceFields` — take this path too. A
//! selection with a directive that is still there at execution (`@skip` and `@include` are
//! applied before), and anything resolved on a schema with an extension (the mutations', which
//! audits) are resolved by the library as usual.
//!
//! It reads the selection (`ContextBase::item`), the request's fragments (`QueryEnv`) and the
//! schema's interface map (`SchemaEnv`) as the code async-graphql's derive macros generate does,
//! through fields the library marks `doc(hidden)`:
//! an upgrade that changes them fails to build, or fails `tests/catalogue/eager.rs`, which checks that
//! every such object answers the same, byte for byte, through both paths.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use async_graphql::indexmap::IndexMap;
use async_graphql::indexmap::map::Entry;
use async_graphql::parser::types::{Field, Selection, SelectionSet};
use async_graphql::resolver_utils::{ContainerType, enum_value};
use async_graphql::{ContextSelectionSet, ID, Name, OutputType, Positioned, QueryEnv, ServerResult, Value};

use super::boxed::stands_for;

/// The fields of an object that need neither the request's context nor arguments.
pub trait AtHand: Send + Sync {
    /// Its type's name in the schema (`__typename`).
    fn typename(&self) -> &'static str;

    /// The value of the field named `field` (its schema name), or `None` when it is not at hand.
    fn at_hand(&self, field: &str) -> Option<Value>;

    /// What an object-valued field holds when it is at hand: its object, or `Some(None)` when the
    /// object was looked for with this one and there is none (null, as its resolver would say).
    fn child(&self, _field: &str) -> Option<Option<&dyn AtHand>> {
        None
    }

    /// The objects a list-valued field holds, when they are at hand.
    fn child_list(&self, _field: &str) -> Option<Vec<&dyn AtHand>> {
        None
    }
}

/// `T` in the schema; its fields at hand answered without a future each.
pub struct Eager<T>(pub T);

impl<T: AtHand + ContainerType> OutputType for Eager<T> {
    stands_for!(T);

    async fn resolve(&self, ctx: &ContextSelectionSet<'_>, field: &Positioned<Field>) -> ServerResult<Value> {
        let Some(fields) = answerable_fields(ctx, self.0.typename()) else {
            // The library's resolution is as large as `T`'s largest field: boxed (see `boxed`).
            return Box::pin(self.0.resolve(ctx, field)).await;
        };
        if let Some(count) = ctx.data_opt::<AtHandCount>() {
            count.0.fetch_add(1, Ordering::Relaxed);
        }
        let mut object = IndexMap::with_capacity(fields.len());
        for field in fields {
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

/// Schema data of a schema built with no extension (`graphql::build_schema`).
pub struct NoExtensions;

/// Request data: how many objects of its result were answered at hand (`/metrics`); clones
/// share the count.
#[derive(Default, Clone)]
pub struct AtHandCount(Arc<AtomicU64>);

impl AtHandCount {
    /// The count so far.
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// The fields an object of type `typename` resolves for the selection, in the order the library
/// resolves them (`resolver_utils::container`: the fragments that apply to the type spread in
/// place), or `None` when the library would not call their resolvers straight: on a schema with an
/// extension (the mutations' audit, whose hooks run for every field), or where a field or fragment
/// carries a directive still there at execution.
fn answerable_fields<'a>(ctx: &ContextSelectionSet<'a>, typename: &str) -> Option<Vec<&'a Positioned<Field>>> {
    ctx.data_opt::<NoExtensions>()?;
    let mut fields = Vec::with_capacity(ctx.item.node.items.len());
    spread(ctx, ctx.item, typename, &mut fields).then_some(fields)
}

/// Adds the fields of `set` to `fields`, spreading the fragments that apply to `typename`;
/// false when a directive stops it.
fn spread<'a>(
    ctx: &ContextSelectionSet<'a>,
    set: &'a Positioned<SelectionSet>,
    typename: &str,
    fields: &mut Vec<&'a Positioned<Field>>,
) -> bool {
    let env: &'a QueryEnv = ctx.query_env;
    for selection in &set.node.items {
        let (condition, inner) = match &selection.node {
            Selection::Field(field) => {
                if !field.node.directives.is_empty() {
                    return false;
                }
                fields.push(field);
                continue;
            }
            Selection::FragmentSpread(fragment) => {
                let Some(definition) = env.fragments.get(&fragment.node.fragment_name.node) else {
                    return false;
                };
                if !fragment.node.directives.is_empty() || !definition.node.directives.is_empty() {
                    return false;
                }
                (Some(&definition.node.type_condition), &definition.node.selection_set)
            }
            Selection::InlineFragment(fragment) => {
                if !fragment.node.directives.is_empty() {
                    return false;
                }
                (fragment.node.type_condition.as_ref(), &fragment.node.selection_set)
            }
        };
        let applies = condition.is_none_or(|c| {
            let on = c.node.on.node.as_str();
            on == typename
                || ctx
                    .schema_env
                    .registry
                    .implements
                    .get(typename)
                    .is_some_and(|interfaces| interfaces.contains(on))
        });
        if applies && !spread(ctx, inner, typename, fields) {
            return false;
        }
    }
    true
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
    if let Some(items) = root.child_list(name) {
        let ctx_field = ctx.with_field(field);
        let ctx_set = ctx_field.with_selection_set(&field.node.selection_set);
        let values = items
            .into_iter()
            .map(|item| whole_object_at_hand(&ctx_set, item))
            .collect::<Option<Vec<Value>>>()?;
        return Some(Value::List(values));
    }
    let Some(child) = root.child(name)? else {
        return Some(Value::Null);
    };
    let ctx_field = ctx.with_field(field);
    whole_object_at_hand(&ctx_field.with_selection_set(&field.node.selection_set), child)
}

/// What a `children` arm of [`object_at_hand!`] gives: the object held, `None` when it was not
/// read with its parent (its resolver answers); or, where the parent looked for it, whether there
/// is one (`Some(None)`: null).
pub trait IntoHeld<'a> {
    /// As [`AtHand::child`] answers.
    fn into_held(self) -> Option<Option<&'a dyn AtHand>>;
}

impl<'a> IntoHeld<'a> for Option<&'a dyn AtHand> {
    fn into_held(self) -> Option<Option<&'a dyn AtHand>> {
        self.map(Some)
    }
}

impl<'a> IntoHeld<'a> for Option<Option<&'a dyn AtHand>> {
    fn into_held(self) -> Option<Option<&'a dyn AtHand>> {
        self
    }
}

/// An object wholly at hand, or `None` when a field of its selection is not.
fn whole_object_at_hand(ctx: &ContextSelectionSet<'_>, root: &dyn AtHand) -> Option<Value> {
    let fields = answerable_fields(ctx, root.typename())?;
    let mut object = IndexMap::with_capacity(fields.len());
    for field in fields {
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

/// A value the library gives a field of this Rust type, made without resolving it: `None` when
/// it is not at hand (an error, which the field's resolver reports).
pub trait Plain {
    /// The field's value, as the library would give it.
    fn plain(self) -> Option<Value>;
}

impl Plain for &str {
    fn plain(self) -> Option<Value> {
        Some(Value::String(self.to_owned()))
    }
}

impl Plain for &String {
    fn plain(self) -> Option<Value> {
        Some(Value::String(self.clone()))
    }
}

impl Plain for String {
    fn plain(self) -> Option<Value> {
        Some(Value::String(self))
    }
}

impl Plain for ID {
    fn plain(self) -> Option<Value> {
        Some(Value::String(self.0))
    }
}

impl Plain for bool {
    fn plain(self) -> Option<Value> {
        Some(Value::Boolean(self))
    }
}

/// Scalars whose value is their `ScalarType::to_value`.
macro_rules! plain_scalars {
    ($($ty:ty),*) => {
        $(impl Plain for $ty {
            fn plain(self) -> Option<Value> {
                Some(async_graphql::ScalarType::to_value(&self))
            }
        })*
    };
}
plain_scalars!(i32, i64, chrono::DateTime<chrono::Utc>);

/// Enums, whose value is their name in the schema.
macro_rules! plain_enums {
    ($($ty:ty),*) => {
        $(impl Plain for $ty {
            fn plain(self) -> Option<Value> {
                Some(enum_value(self))
            }
        })*
    };
}
plain_enums!(
    super::enums::BootMode,
    super::enums::VideoModel,
    super::enums::SourceScope,
    super::enums::PlatformKind,
    super::enums::Role,
    super::enums::SyncStatus,
    super::enums::LoginMode,
    super::enums::ResourceModel,
    super::enums::OsInfoSource,
    super::enums::CredentialSource
);

impl<T: Plain> Plain for Option<T> {
    fn plain(self) -> Option<Value> {
        match self {
            Some(value) => value.plain(),
            None => Some(Value::Null),
        }
    }
}

impl<T: Plain, E> Plain for Result<T, E> {
    fn plain(self) -> Option<Value> {
        self.ok()?.plain()
    }
}

/// An object type declared once for both paths: its `#[Object]` resolvers and its [`AtHand`].
///
/// Among the object's resolvers (ordinary `async fn`s, in schema order), a field written
/// `"name" method: Type = value;` is declared once — its schema name, the Rust method, its type
/// and its value from `this` (the object) — and becomes both the resolver the library calls and
/// the arm the fast path answers ([`Plain`] gives the value the library would), so the two cannot
/// differ. `children(this) { "field" => … }` names the object-valued fields whose object this one
/// already holds (at hand when their whole selection is; see [`IntoHeld`] for one it knows is
/// null), and an optional `lists { "field" => … }`
/// the list-valued ones whose objects it holds. The object's attributes are passed
/// as written (`attributes { #[async_graphql::Object] }`), so that names its derive makes (such
/// as `child_complexity`) are the caller's.
macro_rules! object_at_hand {
    (
        attributes { $($object_attr:tt)* }
        impl $ty:ty as $typename:expr => {
            fields($this:ident) { $($fields:tt)* }
            children($parent:ident) { $($child:literal => $child_value:expr,)* }
            $(lists { $($list:literal => $list_value:expr,)* })?
        }
    ) => {
        $crate::graphql::types::eager::object_at_hand!(
            @munch [$($object_attr)*] [$ty] [$typename] [$this] [$parent]
            [[$($child => $child_value,)*] [$($($list => $list_value,)*)?]] [] []
            $($fields)*
        );
    };
    // A field at hand: its resolver, and its arm.
    (
        @munch $attrs:tt $ty:tt $typename:tt [$this:ident] $parent:tt $children:tt [$($methods:tt)*] [$($arms:tt)*]
        $(#[$field_attr:meta])*
        $gql:literal $method:ident: $ret:ty = $value:expr;
        $($rest:tt)*
    ) => {
        $crate::graphql::types::eager::object_at_hand!(
            @munch $attrs $ty $typename [$this] $parent $children
            [
                $($methods)*
                $(#[$field_attr])*
                #[graphql(name = $gql)]
                pub async fn $method(&self) -> $ret {
                    #[allow(unused_variables)]
                    let $this = self;
                    $value
                }
            ]
            [$($arms)* $gql => {
                let value: $ret = $value;
                $crate::graphql::types::eager::Plain::plain(value)
            }]
            $($rest)*
        );
    };
    // Any other resolver, as written.
    (
        @munch $attrs:tt $ty:tt $typename:tt $this:tt $parent:tt $children:tt [$($methods:tt)*] $arms:tt
        $(#[$field_attr:meta])*
        $vis:vis async fn $method:ident($($args:tt)*) -> $ret:ty $body:block
        $($rest:tt)*
    ) => {
        $crate::graphql::types::eager::object_at_hand!(
            @munch $attrs $ty $typename $this $parent $children
            [$($methods)* $(#[$field_attr])* $vis async fn $method($($args)*) -> $ret $body]
            $arms
            $($rest)*
        );
    };
    (
        @munch [$($attrs:tt)*] [$ty:ty] [$typename:expr] [$this:ident] [$parent:ident]
        [[$($child:literal => $child_value:expr,)*] [$($list:literal => $list_value:expr,)*]]
        [$($methods:tt)*] [$($arms:tt)*]
    ) => {
        $($attrs)*
        impl $ty {
            $($methods)*
        }

        impl $crate::graphql::types::eager::AtHand for $ty {
            fn typename(&self) -> &'static str {
                $typename
            }

            fn at_hand(&self, field: &str) -> Option<async_graphql::Value> {
                #[allow(unused_variables)]
                let $this = self;
                match field {
                    $($arms)*
                    _ => None,
                }
            }

            fn child(&self, field: &str) -> Option<Option<&dyn $crate::graphql::types::eager::AtHand>> {
                #[allow(unused_variables)]
                let $parent = self;
                match field {
                    $($child => $crate::graphql::types::eager::IntoHeld::into_held($child_value),)*
                    _ => None,
                }
            }

            fn child_list(&self, field: &str) -> Option<Vec<&dyn $crate::graphql::types::eager::AtHand>> {
                #[allow(unused_variables)]
                let $parent = self;
                match field {
                    $($list => Some($list_value),)*
                    _ => None,
                }
            }
        }
    };
}
pub(crate) use object_at_hand;
