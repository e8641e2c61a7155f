//! One API error type: the client's fault carries a code and a safe message; ours is logged whole
//! and reaches the client as `INTERNAL` with no internal text.

use std::sync::Arc;

use async_graphql::ErrorExtensions as _;

/// Error codes of the contract (`extensions.code`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// No valid token.
    Unauthenticated,
    /// The role may not use this operation at all.
    Forbidden,
    /// Does not exist, or is outside the viewer's scope (R16).
    NotFound,
    /// Input that cannot be accepted.
    BadUserInput,
    /// A stale `expectedVersion` or a name already taken.
    Conflict,
    /// R6.
    BootModeMismatch,
    /// R8.
    VideoModelNotVirtio,
    /// R7.
    BootModeNotEditable,
    /// R8: the platform cannot change a source's video model in place.
    VideoModelNotEditable,
    /// The platform could not be reached or refused.
    PlatformUnavailable,
    /// Too many attempts.
    RateLimited,
}

impl Code {
    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::Forbidden => "FORBIDDEN",
            Self::NotFound => "NOT_FOUND",
            Self::BadUserInput => "BAD_USER_INPUT",
            Self::Conflict => "CONFLICT",
            Self::BootModeMismatch => "BOOT_MODE_MISMATCH",
            Self::VideoModelNotVirtio => "VIDEO_MODEL_NOT_VIRTIO",
            Self::BootModeNotEditable => "BOOT_MODE_NOT_EDITABLE",
            Self::VideoModelNotEditable => "VIDEO_MODEL_NOT_EDITABLE",
            Self::PlatformUnavailable => "PLATFORM_UNAVAILABLE",
            Self::RateLimited => "RATE_LIMITED",
        }
    }
}

/// An error of an API operation. It has no `Display` on purpose: it reaches clients only through
/// `From<ApiError> for async_graphql::Error`, which masks internal errors.
#[derive(Debug, Clone)]
pub enum ApiError {
    /// The client's fault: shown as is.
    Client {
        /// The code.
        code: Code,
        /// A message that is safe to show.
        message: String,
        /// Seconds to wait before trying again (`RATE_LIMITED`).
        retry_after: Option<u64>,
    },
    /// Ours: logged, masked.
    Internal(Arc<anyhow::Error>),
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        Self::Internal(Arc::new(e))
    }
}

/// Result of an API operation.
pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    /// A client error with a code and message.
    pub fn client(code: Code, message: impl Into<String>) -> Self {
        Self::Client {
            code,
            message: message.into(),
            retry_after: None,
        }
    }
    /// `BAD_USER_INPUT`.
    pub fn bad_input(message: impl Into<String>) -> Self {
        Self::client(Code::BadUserInput, message)
    }
    /// `NOT_FOUND` for the kind of object named.
    pub fn not_found(what: &str) -> Self {
        Self::client(Code::NotFound, format!("{what} not found"))
    }
    /// `FORBIDDEN`.
    pub fn forbidden() -> Self {
        Self::client(Code::Forbidden, "your role may not do this")
    }
    /// `UNAUTHENTICATED`.
    pub fn unauthenticated() -> Self {
        Self::client(Code::Unauthenticated, "authentication required")
    }
    /// `RATE_LIMITED`, with the seconds to wait in `extensions.retryAfter` (and a Retry-After header).
    pub fn rate_limited(wait: std::time::Duration) -> Self {
        let secs = wait.as_secs().max(1);
        Self::Client {
            code: Code::RateLimited,
            message: format!("too many failed attempts; retry in {secs} s"),
            retry_after: Some(secs),
        }
    }

    /// Seconds to wait, for `RATE_LIMITED`.
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            Self::Client { retry_after, .. } => *retry_after,
            Self::Internal(_) => None,
        }
    }

    /// `CONFLICT` for a stale version.
    pub fn stale(current: i32) -> Self {
        Self::client(
            Code::Conflict,
            format!("the object changed since you read it (current version {current}); re-read and retry"),
        )
    }
    /// A message for operators and logs (internal errors in full).
    pub fn message(&self) -> String {
        match self {
            Self::Client { code, message, .. } => format!("{}: {message}", code.as_str()),
            Self::Internal(e) => format!("{e:#}"),
        }
    }

    /// The code, when it is the client's fault.
    pub fn code(&self) -> Option<Code> {
        match self {
            Self::Client { code, .. } => Some(*code),
            Self::Internal(_) => None,
        }
    }
}

impl From<diesel::result::Error> for ApiError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => Self::not_found("object"),
            other => Self::from(anyhow::Error::new(other)),
        }
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(e: ApiError) -> Self {
        match e {
            ApiError::Client {
                code,
                message,
                retry_after,
            } => async_graphql::Error::new(message).extend_with(|_, ext| {
                ext.set("code", code.as_str());
                if let Some(secs) = retry_after {
                    ext.set("retryAfter", secs);
                }
            }),
            ApiError::Internal(err) => {
                let id = uuid::Uuid::new_v4();
                tracing::error!(error_id = %id, error = ?err, "internal error");
                async_graphql::Error::new(format!("internal error (reference {id})"))
                    .extend_with(|_, ext| ext.set("code", "INTERNAL"))
            }
        }
    }
}
