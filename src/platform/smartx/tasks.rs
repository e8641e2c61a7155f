//! CloudTower's asynchronous tasks: a change answers `[{"task_id": …, "data": …}]` at once with a
//! placeholder, and only the task says whether it happened (API guide, "Asynchronous tasks").
//! [`follow`] polls `POST /get-tasks` `{"where": {"id": …}}` until the task is `SUCCESSED` or
//! `FAILED` (`TaskStatus`: PENDING, EXECUTING, PAUSED, SUCCESSED, FAILED), within a bound of ten
//! request timeouts (the vendor SDK's `wait_task` waits 300 s: ten times the default 30 s).

use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::json;

use super::session::Session;
use crate::platform::PlatformError;

/// How many request timeouts a task may take.
const TASK_TIMEOUTS: u32 = 10;
/// First pause between polls; grows to [`MAX_POLL`].
const FIRST_POLL: Duration = Duration::from_millis(100);
const MAX_POLL: Duration = Duration::from_secs(2);

/// `WithTask<T>`: a change's answer.
#[derive(Debug, Deserialize)]
pub struct WithTask<T> {
    /// The task to follow; `null` when the change was synchronous.
    #[serde(default)]
    pub task_id: Option<String>,
    /// The placeholder (or, for a delete, `{"id": …}`).
    pub data: T,
}

/// The part of a `Task` the driver reads.
#[derive(Debug, Deserialize)]
struct Task {
    status: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    error_message: Option<String>,
}

/// Waits for `task_id` to end: `Ok` when it succeeded, `Unavailable` with CloudTower's message
/// when it failed or did not end in time.
pub async fn follow(session: &Session, task_id: Option<&str>, what: &str) -> Result<(), PlatformError> {
    let Some(task_id) = task_id else {
        return Ok(());
    };
    let bound = session.timeout() * TASK_TIMEOUTS;
    let started = Instant::now();
    let mut pause = FIRST_POLL;
    let mut missing = 0;
    loop {
        let tasks: Vec<Task> = session.query("get-tasks", &json!({"where": {"id": task_id}})).await?;
        match tasks.first() {
            Some(task) if task.status == "SUCCESSED" => return Ok(()),
            Some(task) if task.status == "FAILED" => {
                let why = task.error_message.as_deref().unwrap_or("no reason given");
                let step = if task.description.is_empty() {
                    what
                } else {
                    &task.description
                };
                return Err(PlatformError::Unavailable(format!(
                    "CloudTower task {task_id} ({step}) failed: {why}"
                )));
            }
            Some(_) => missing = 0,
            None => {
                missing += 1;
                if missing >= 3 {
                    return Err(PlatformError::Unavailable(format!(
                        "CloudTower lost task {task_id} ({what})"
                    )));
                }
            }
        }
        if started.elapsed() + pause > bound {
            return Err(PlatformError::Unavailable(format!(
                "CloudTower task {task_id} ({what}) did not end within {} s",
                bound.as_secs_f32()
            )));
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(MAX_POLL);
    }
}

/// Follows every task of a change's answer, all of them even when one fails; the first failure.
pub async fn follow_all<T>(session: &Session, answers: &[WithTask<T>], what: &str) -> Result<(), PlatformError> {
    let mut first_error = None;
    for answer in answers {
        if let Err(e) = follow(session, answer.task_id.as_deref(), what).await {
            first_error.get_or_insert(e);
        }
    }
    first_error.map_or(Ok(()), Err)
}
