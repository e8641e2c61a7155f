//! [`Boxed`]: an object field's value whose resolution runs in a heap allocation of its own.
//!
//! async-graphql runs each field of an object as a boxed future the size of the object's largest
//! field, and a field returning an object holds that object's whole resolution inline. So one
//! field that returns an object makes every field of its parent cost that much to allocate and
//! copy. Returning the object as `Boxed<T>` keeps its resolution out of the parent's futures: one
//! allocation for that field instead. (Objects whose fields are mostly at hand use
//! [`super::eager::Eager`], which boxes only the fields it hands to the library.)

use async_graphql::parser::types::Field;
use async_graphql::{ContextSelectionSet, OutputType, Positioned, ServerResult, Value};

/// `T` in the schema; resolved in a future of its own.
pub struct Boxed<T>(pub T);

impl<T: OutputType> OutputType for Boxed<T> {
    stands_for!(T);

    async fn resolve(&self, ctx: &ContextSelectionSet<'_>, field: &Positioned<Field>) -> ServerResult<Value> {
        Box::pin(self.0.resolve(ctx, field)).await
    }
}

/// The `OutputType` methods of a wrapper `W(T)` that is `T` in the schema: its name, its type
/// information, and the name its value gives.
macro_rules! stands_for {
    ($inner:ty) => {
        fn type_name() -> std::borrow::Cow<'static, str> {
            <$inner as async_graphql::OutputType>::type_name()
        }

        fn qualified_type_name() -> String {
            <$inner as async_graphql::OutputType>::qualified_type_name()
        }

        fn introspection_type_name(&self) -> std::borrow::Cow<'static, str> {
            async_graphql::OutputType::introspection_type_name(&self.0)
        }

        fn create_type_info(registry: &mut async_graphql::registry::Registry) -> String {
            <$inner as async_graphql::OutputType>::create_type_info(registry)
        }
    };
}
pub(crate) use stands_for;
