//! Runs GraphQL requests for every transport: parses and checks a document before the library
//! sees it ([`super::limits`]), picks the schema for its operation, and gives every error an
//! `extensions.code` ([`super::errors`]).
//!
//! This is done around the library rather than in async-graphql extensions: with any extension
//! registered, every field resolution (hundreds per page) goes through the extension chain as
//! boxed futures: more than half the server's CPU for a catalogue page (BENCHMARKS.md). So queries
//! and subscriptions run on a schema with no extension at all, and only mutations on one with the
//! audit extension, which acts on the mutation root's fields.
//!
//! A document that parsed and passed the limits is kept ([`super::documents`]).

use std::sync::Arc;

use async_graphql::futures_util::stream::{BoxStream, StreamExt as _};
use async_graphql::parser::types::{DocumentOperations, ExecutableDocument, OperationType};
use async_graphql::{Request, Response, ServerError};

use super::AppSchema;
use super::documents::DocumentCache;
use super::errors::{self, with_code};
use crate::app::State;
use crate::config::Mode;

/// The schemas a request can run on.
#[derive(Clone)]
pub struct Executor {
    /// Queries and subscriptions: no extension.
    reads: AppSchema,
    /// Mutations: audited.
    writes: AppSchema,
    production: bool,
    /// Documents that parsed and passed the limits.
    documents: Arc<DocumentCache>,
}

/// A request that parsed and passed the document limits, with what it will run.
pub struct Checked {
    request: Request,
    /// The kind of the operation that runs.
    pub kind: OperationType,
    /// Its name: the one asked for, or the one named operation of the document.
    pub name: Option<String>,
}

impl Checked {
    /// The same operation with its request changed (data added).
    pub fn map_request(self, f: impl FnOnce(Request) -> Request) -> Self {
        Self {
            request: f(self.request),
            ..self
        }
    }
}

impl Executor {
    /// The schemas serving `state`.
    pub fn new(state: &State) -> Self {
        Self {
            reads: super::build_schema(state.clone(), Vec::new()),
            writes: super::build_schema(state.clone(), vec![Box::new(super::audit::AuditMutations)]),
            production: state.config.mode == Mode::Production,
            documents: Arc::default(),
        }
    }

    /// The document, parsed and checked against the limits.
    fn document(&self, query: &str) -> Result<Arc<ExecutableDocument>, ServerError> {
        let production = self.production;
        self.documents.get(query, |doc| super::limits::check(doc, production))
    }

    /// As [`Self::check`], for GET, which must not change anything: `None` when the document holds
    /// an operation that is not a query (refused whole, whichever operation is chosen).
    pub fn check_get(&self, request: Request) -> Option<Result<Checked, ServerError>> {
        let doc = match self.document(&request.query) {
            Ok(doc) => doc,
            Err(e) => return Some(Err(e)),
        };
        if doc.operations.iter().any(|(_, op)| op.node.ty != OperationType::Query) {
            return None;
        }
        Some(Self::operation(request, &doc))
    }

    /// Parses the document and checks it against the limits, and finds the operation that runs.
    pub fn check(&self, request: Request) -> Result<Checked, ServerError> {
        let doc = self.document(&request.query)?;
        Self::operation(request, &doc)
    }

    /// Finds the operation of `doc` that `request` runs, and hands it the parsed document.
    fn operation(mut request: Request, doc: &ExecutableDocument) -> Result<Checked, ServerError> {
        let (name, kind) = match (request.operation_name.clone(), &doc.operations) {
            (Some(wanted), DocumentOperations::Multiple(ops)) => match ops.get(wanted.as_str()) {
                Some(op) => (Some(wanted), op.node.ty),
                None => return Err(unknown_operation(&wanted)),
            },
            (Some(wanted), DocumentOperations::Single(_)) => return Err(unknown_operation(&wanted)),
            (None, DocumentOperations::Single(op)) => (None, op.node.ty),
            (None, DocumentOperations::Multiple(ops)) => match ops.iter().next() {
                Some((name, op)) if ops.len() == 1 => (Some(name.to_string()), op.node.ty),
                _ => {
                    return Err(with_code(
                        ServerError::new("Operation name required in request.", None),
                        "BAD_USER_INPUT",
                    ));
                }
            },
        };
        request.set_parsed_query(doc.clone());
        Ok(Checked { request, kind, name })
    }

    fn schema_for(&self, kind: OperationType) -> &AppSchema {
        match kind {
            OperationType::Mutation => &self.writes,
            OperationType::Query | OperationType::Subscription => &self.reads,
        }
    }

    /// Runs a query or mutation (a subscription needs [`Self::execute_stream`]).
    pub async fn execute(&self, checked: Checked) -> Response {
        if checked.kind == OperationType::Subscription {
            return Response::from_errors(vec![with_code(
                ServerError::new("Subscriptions are not supported on this transport.", None),
                "BAD_USER_INPUT",
            )]);
        }
        errors::coded(self.schema_for(checked.kind).execute(checked.request).await)
    }

    /// Runs any operation as a stream of responses (one for a query or mutation).
    pub fn execute_stream(&self, checked: Checked) -> BoxStream<'static, Response> {
        self.schema_for(checked.kind)
            .execute_stream(checked.request)
            .map(errors::coded)
            .boxed()
    }
}

fn unknown_operation(name: &str) -> ServerError {
    with_code(
        ServerError::new(format!(r#"Unknown operation named "{name}""#), None),
        "BAD_USER_INPUT",
    )
}
