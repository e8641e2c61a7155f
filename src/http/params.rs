//! The parameters of a GraphQL-over-HTTP request, read strictly: `query` a string (required),
//! `operationName` a string, `variables` and `extensions` maps; each may be `null`, which is the
//! same as leaving it out. Anything else (a missing `query`, a number where a string goes, a JSON
//! array of requests) is not a well-formed GraphQL-over-HTTP request: the caller answers 400.
//! A `query` that does not parse is well-formed here: that is the document's failure, not the
//! request's.
//!
//! `extensions` is checked for its shape only: nothing of it is used.

use std::collections::BTreeMap;

use async_graphql::{Request, Variables};
use serde::Deserialize;
use serde::de::IgnoredAny;

/// Why a request is not a well-formed GraphQL-over-HTTP request (shown to the client).
pub type Malformed = &'static str;

/// The JSON body of a POST.
#[derive(Deserialize)]
struct Body {
    #[serde(default)]
    query: Option<String>,
    #[serde(default, rename = "operationName")]
    operation_name: Option<String>,
    #[serde(default)]
    variables: Option<Variables>,
    /// Read for its shape only.
    #[serde(default, rename = "extensions")]
    _extensions: Option<BTreeMap<String, IgnoredAny>>,
}

/// An empty `operationName` is the same as none (the spec says so for GET; POST follows).
fn named(name: Option<String>) -> Option<String> {
    name.filter(|n| !n.is_empty())
}

fn request(
    query: Option<String>,
    operation_name: Option<String>,
    variables: Option<Variables>,
) -> Result<Request, Malformed> {
    let query = query.ok_or("the request has no `query` string")?;
    let mut request = Request::new(query).variables(variables.unwrap_or_default());
    request.operation_name = named(operation_name);
    Ok(request)
}

/// A POST body (`application/json`, UTF-8).
pub fn from_json(body: &[u8]) -> Result<Request, Malformed> {
    let body: Body = serde_json::from_slice(body).map_err(|_| {
        "the body is not a GraphQL request: a JSON object with a `query` string, and optionally an \
         `operationName` string and `variables` and `extensions` objects"
    })?;
    request(body.query, body.operation_name, body.variables)
}

/// The query string of a GET (`application/x-www-form-urlencoded`; `variables` and `extensions`
/// as JSON text). A parameter given twice is refused: which one counts would be a guess.
pub fn from_query_string(query_string: &str) -> Result<Request, Malformed> {
    let mut query = None;
    let mut operation_name = None;
    let mut variables = None;
    let mut extensions = None;
    for (key, value) in url::form_urlencoded::parse(query_string.as_bytes()) {
        let slot = match key.as_ref() {
            "query" => &mut query,
            "operationName" => &mut operation_name,
            "variables" => &mut variables,
            "extensions" => &mut extensions,
            _ => continue,
        };
        if slot.replace(value.into_owned()).is_some() {
            return Err("a parameter of the query string is given twice");
        }
    }
    let variables = match variables {
        None => None,
        Some(text) => {
            serde_json::from_str::<Option<Variables>>(&text).map_err(|_| "`variables` is not a JSON object")?
        }
    };
    if let Some(text) = extensions {
        serde_json::from_str::<Option<BTreeMap<String, IgnoredAny>>>(&text)
            .map_err(|_| "`extensions` is not a JSON object")?;
    }
    request(query, operation_name, variables)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn well_formed_posts() {
        for body in [
            r#"{"query": "{ __typename }"}"#,
            r#"{"query": "{", "operationName": null, "variables": null, "extensions": null}"#,
            r#"{"query": "query Q { __typename }", "operationName": "Q", "variables": {"a": [1]}, "extensions": {"x": 1}}"#,
            r#"{"query": "{ __typename }", "unknown": 1}"#,
        ] {
            assert!(from_json(body.as_bytes()).is_ok(), "{body}");
        }
        let r = from_json(br#"{"query": "q", "operationName": "", "variables": {"n": 2}}"#).unwrap();
        assert_eq!(r.operation_name, None);
        assert_eq!(r.variables.get("n"), Some(&async_graphql::Value::from(2)));
    }

    #[test]
    fn malformed_posts() {
        for body in [
            "",
            "{ \"not a JSON",
            "[]",
            r#"[{"query": "{ __typename }"}]"#,
            r#"{"qeury": "{ __typename }"}"#,
            r#"{"query": null}"#,
            r#"{"query": 0}"#,
            r#"{"query": false}"#,
            r#"{"query": {"obj": "ect"}}"#,
            r#"{"query": ["array"]}"#,
            r#"{"query": "{ __typename }", "operationName": 0}"#,
            r#"{"query": "{ __typename }", "operationName": {"obj": "ect"}}"#,
            r#"{"query": "{ __typename }", "variables": "string"}"#,
            r#"{"query": "{ __typename }", "variables": ["array"]}"#,
            r#"{"query": "{ __typename }", "variables": false}"#,
            r#"{"query": "{ __typename }", "extensions": "string"}"#,
            r#"{"query": "{ __typename }", "extensions": 0}"#,
            r#"{"query": "{ __typename }", "extensions": ["array"]}"#,
        ] {
            assert!(from_json(body.as_bytes()).is_err(), "{body}");
        }
    }

    #[test]
    fn gets() {
        let r =
            from_query_string("query=query%20Q%7B__typename%7D&operationName=Q&variables=%7B%22a%22%3A1%7D").unwrap();
        assert_eq!(r.query, "query Q{__typename}");
        assert_eq!(r.operation_name.as_deref(), Some("Q"));
        assert!(
            from_query_string("query=x&operationName=")
                .unwrap()
                .operation_name
                .is_none()
        );
        assert!(from_query_string("query=x&variables=null&extensions=%7B%7D").is_ok());
        for bad in [
            "operationName=Q",
            "query=x&query=y",
            "query=x&variables=%5B1%5D",
            "query=x&variables=oops",
            "query=x&extensions=1",
        ] {
            assert!(from_query_string(bad).is_err(), "{bad}");
        }
    }
}
