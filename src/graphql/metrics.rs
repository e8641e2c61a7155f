//! Counts and times every query and mutation for `/metrics`, by operation name and outcome (`ok`
//! or the first error's `extensions.code`). Registered first, so it sees the final error codes and
//! times the whole request, parsing and validation included.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextParseQuery, NextRequest,
};
use async_graphql::parser::types::{DocumentOperations, ExecutableDocument};
use async_graphql::{Response, ServerResult, Variables};

use crate::app::State;

/// The extension factory.
pub struct RequestMetrics;

impl ExtensionFactory for RequestMetrics {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(RequestMetricsExtension::default())
    }
}

#[derive(Default)]
struct RequestMetricsExtension {
    operation: Mutex<Option<String>>,
}

impl RequestMetricsExtension {
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<String>> {
        self.operation.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[async_trait::async_trait]
impl Extension for RequestMetricsExtension {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let started = Instant::now();
        let resp = next.run(ctx).await;
        if let Some(state) = ctx.data_opt::<State>() {
            let outcome = resp
                .errors
                .first()
                .map_or("ok", |e| super::errors::code_of(e).unwrap_or("error"));
            let name = self.lock().take();
            // The request's span (see `http::execute`) learns the name and outcome too.
            let span = tracing::Span::current();
            let shown: String = name.as_deref().unwrap_or("anonymous").chars().take(100).collect();
            span.record("operation", shown.as_str());
            span.record("outcome", outcome);
            state.metrics.operation(name.as_deref(), outcome, started.elapsed());
        }
        resp
    }

    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let doc = next.run(ctx, query, variables).await?;
        // The one named operation of a document, for requests that do not name it.
        if let DocumentOperations::Multiple(ops) = &doc.operations
            && ops.len() == 1
        {
            *self.lock() = ops.keys().next().map(ToString::to_string);
        }
        Ok(doc)
    }

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        if let Some(name) = operation_name {
            *self.lock() = Some(name.to_owned());
        }
        next.run(ctx, operation_name).await
    }
}
