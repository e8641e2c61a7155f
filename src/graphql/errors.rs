//! Gives every error an `extensions.code`: parse and validation failures their own, and any
//! error the library raised for bad input (an unknown enum in variables, a wrong type)
//! `BAD_USER_INPUT`.

use std::sync::Arc;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextRequest, NextValidation,
};
use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{Response, ServerError, ServerResult, ValidationResult, Variables};

/// The extension factory.
pub struct ErrorCodes;

impl ExtensionFactory for ErrorCodes {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(ErrorCodesExtension)
    }
}

struct ErrorCodesExtension;

fn has_code(e: &ServerError) -> bool {
    e.extensions.as_ref().is_some_and(|x| x.get("code").is_some())
}

/// An error's `extensions.code`, when it has one.
pub fn code_of(e: &ServerError) -> Option<&str> {
    match e.extensions.as_ref()?.get("code")? {
        async_graphql::Value::String(code) => Some(code),
        _ => None,
    }
}

/// Sets `extensions.code` on an error that has none.
pub fn with_code(mut e: ServerError, code: &str) -> ServerError {
    if !has_code(&e) {
        e.extensions.get_or_insert_with(Default::default).set("code", code);
    }
    e
}

/// A value that does not fit its argument (an unknown enum value, a wrong type, in the document or
/// in the variables) is the caller's bad input; anything else wrong with the document is invalid.
fn classify_validation(e: ServerError) -> ServerError {
    if e.message.starts_with("Invalid value for argument") {
        with_code(e, "BAD_USER_INPUT")
    } else {
        with_code(e, "GRAPHQL_VALIDATION_FAILED")
    }
}

#[async_trait::async_trait]
impl Extension for ErrorCodesExtension {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let mut resp = next.run(ctx).await;
        resp.errors = resp
            .errors
            .into_iter()
            .map(|e| with_code(e, "BAD_USER_INPUT"))
            .collect();
        resp
    }

    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        next.run(ctx, query, variables).await.map_err(|e| {
            // The library's own limits (recursion depth, directives per field) are checked while
            // parsing; a document over a limit is invalid, not unparsable.
            if e.message.contains("cannot be greater than") {
                with_code(e, "GRAPHQL_VALIDATION_FAILED")
            } else {
                with_code(e, "GRAPHQL_PARSE_FAILED")
            }
        })
    }

    async fn validation(
        &self,
        ctx: &ExtensionContext<'_>,
        next: NextValidation<'_>,
    ) -> Result<ValidationResult, Vec<ServerError>> {
        next.run(ctx)
            .await
            .map_err(|errs| errs.into_iter().map(classify_validation).collect())
    }
}
