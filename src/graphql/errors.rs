//! `extensions.code` on errors: parse and validation failures get their own, and any error the
//! library raised for bad input (an unknown enum in variables, a wrong type) `BAD_USER_INPUT`
//! ([`super::executor`] applies [`coded`] to every response).

use async_graphql::{Response, ServerError};

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
/// in the variables) is the caller's bad input; anything else wrong with the document (the
/// library's own limits on recursion and directives among it) is invalid.
fn classify_validation(e: ServerError) -> ServerError {
    if e.message.starts_with("Invalid value for argument") {
        with_code(e, "BAD_USER_INPUT")
    } else {
        with_code(e, "GRAPHQL_VALIDATION_FAILED")
    }
}

/// Gives every error of a response a code. The library's own errors have none: those without a
/// path were raised before execution (validation, its depth and complexity limits), the others
/// while resolving (a value the library could not take).
pub fn coded(mut resp: Response) -> Response {
    if resp.errors.iter().any(|e| code_of(e).is_none()) {
        resp.errors = resp
            .errors
            .into_iter()
            .map(|e| {
                if e.path.is_empty() {
                    classify_validation(e)
                } else {
                    with_code(e, "BAD_USER_INPUT")
                }
            })
            .collect();
    }
    resp
}

/// True when nothing of the operation ran: the response has errors, no data, and none of its
/// errors has a path. A request error (a document that does not parse or validate, an operation
/// that cannot be chosen, variables that do not fit) is raised before execution, where no error
/// has a path; an error raised while resolving always has the path of its field, even when it
/// nulls the whole `data`.
pub fn is_request_error(resp: &Response) -> bool {
    !resp.errors.is_empty() && resp.data == async_graphql::Value::Null && resp.errors.iter().all(|e| e.path.is_empty())
}
