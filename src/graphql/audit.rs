//! Every mutation recorded in the audit trail: who (the viewer), what (the mutation and the
//! object it names), when, and the outcome (`ok`, `denied`, `failed`, with the error's code).
//! Argument values are never stored — only the ID of the object acted on — so no secret can
//! reach the trail. The entry carries the tenant of that object, for tenant admins' `auditLog`.
//!
//! Left out: `login` and `refreshToken` (no change; failed logins are throttled and logged),
//! `reportAgentStatus` (the agent's channel; an OS change it brings is recorded where it is
//! written), and the mutations whose entry the domain writes itself with more to say.

use std::sync::{Arc, Mutex};

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextPrepareRequest, NextResolve, ResolveInfo,
};
use async_graphql::{Name, Request, ServerResult, Value, Variables};

use crate::app::State;
use crate::auth::Viewer;
use crate::domain::audit::{self, Entry};
use crate::ids::{self, Kind};

/// The mutation root's type name.
const MUTATION: &str = "MutationRoot";

/// Not recorded here (see the module's comment).
const NOT_HERE: &[&str] = &[
    "login",
    "refreshToken",
    "reportAgentStatus",
    "setDesktopCredentials",
    "clearDesktopCredentials",
    "updateCredentials",
    "updateCredentialsFromSource",
    "issueAgentToken",
];

/// Argument names that name the object acted on, at the top level or in `input`.
const TARGETS: &[&str] = &["id", "desktopId", "sourceId", "platformId", "userId", "tenantId"];

/// The extension factory.
pub struct AuditMutations;

impl ExtensionFactory for AuditMutations {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(AuditExtension::default())
    }
}

#[derive(Default)]
struct AuditExtension {
    variables: Mutex<Variables>,
}

#[async_trait::async_trait]
impl Extension for AuditExtension {
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        *self.variables.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = request.variables.clone();
        next.run(ctx, request).await
    }

    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        if info.parent_type != MUTATION || NOT_HERE.contains(&info.name) {
            return next.run(ctx, info).await;
        }
        let (Some(state), Some(viewer)) = (ctx.data_opt::<State>().cloned(), ctx.data_opt::<Viewer>().cloned()) else {
            return next.run(ctx, info).await;
        };
        let action = info.name.to_owned();
        // A creation's arguments name other objects (its tenant, its source): what it acts on is
        // the object it returns.
        let creates = info.name.starts_with("create") || info.name.starts_with("add");
        let named = if creates { None } else { self.target(&info) };
        // Read before the mutation runs: a deleted object has no tenant afterwards.
        let named_tenant = match &named {
            Some((kind, id)) => audit::tenant_of(&state, *kind, id).await,
            None => None,
        };
        let result = next.run(ctx, info).await;
        let (target, tenant) = match named {
            Some(t) => (Some(t), named_tenant),
            // A creation names its object only in the result.
            None => {
                let made = result.as_ref().ok().and_then(|v| created_id(v.as_ref()?));
                let tenant = match &made {
                    Some((kind, id)) => audit::tenant_of(&state, *kind, id).await,
                    None => None,
                };
                (made, tenant)
            }
        };
        let tenant = tenant.or_else(|| viewer.user().ok().and_then(|u| u.tenant_id.clone()));
        let (outcome, detail) = match &result {
            Ok(_) => ("ok", None),
            Err(e) => {
                let code = super::errors::code_of(e).unwrap_or("INTERNAL").to_owned();
                let outcome = match code.as_str() {
                    "FORBIDDEN" | "UNAUTHENTICATED" | "NOT_FOUND" => "denied",
                    _ => "failed",
                };
                (outcome, Some(code))
            }
        };
        let entry = Entry {
            action: &action,
            tenant_id: tenant.as_ref(),
            target: target.as_ref().map(|(kind, id)| (*kind, id.as_str())),
            outcome,
            detail,
        };
        audit::record(&state, &viewer, entry).await;
        result
    }
}

impl AuditExtension {
    /// The object a mutation's arguments name, decoded (an ID that does not decode names none).
    fn target(&self, info: &ResolveInfo<'_>) -> Option<(Kind, String)> {
        let variables = self.variables.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let arg = |name: &str| -> Option<Value> {
            info.field.get_argument(name).and_then(|v| {
                v.node
                    .clone()
                    .into_const_with(|var| variables.get(&var).cloned().ok_or(()))
                    .ok()
            })
        };
        let decode = |v: &Value| match v {
            Value::String(s) => ids::decode_any(s).ok(),
            _ => None,
        };
        for name in TARGETS {
            if let Some(found) = arg(name).as_ref().and_then(decode) {
                return Some(found);
            }
        }
        if let Some(Value::Object(input)) = arg("input") {
            for name in TARGETS {
                if let Some(found) = input.get(&Name::new(name)).and_then(decode) {
                    return Some(found);
                }
            }
        }
        None
    }
}

/// The `id` of an object a mutation returned (when selected).
fn created_id(value: &Value) -> Option<(Kind, String)> {
    let Value::Object(fields) = value else {
        return None;
    };
    match fields.get("id") {
        Some(Value::String(s)) => ids::decode_any(s).ok(),
        _ => None,
    }
}
