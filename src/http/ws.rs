//! GraphQL over WebSocket, `graphql-transport-ws` as the reference implementation (`graphql-ws`)
//! defines it: `connection_init` within a bounded time (4408), subscribe only after the ack (4401),
//! a refused token (4403), a duplicate id (4409), a second init (4429), malformed messages (4400);
//! the server pings and drops a peer that stops answering, and closes when the token expires.

use std::collections::HashMap;
use std::time::Duration;

use async_graphql::{Response, ServerError};
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket};
use futures::stream::BoxStream;
use futures::{SinkExt as _, StreamExt as _};
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::time::{Instant, sleep_until};
use tokio_stream::StreamMap;

use crate::app::State;
use crate::auth::Viewer;
use crate::domain::accounts;
use crate::graphql::executor::Executor;

/// The subprotocol spoken.
pub const PROTOCOL: &str = "graphql-transport-ws";
/// How long a client has to send `connection_init` (5 s).
pub const INIT_TIMEOUT: Duration = Duration::from_secs(5);
/// How often the server pings an idle peer.
pub const PING_INTERVAL: Duration = Duration::from_secs(15);
/// How long a ping may go unanswered.
pub const PONG_TIMEOUT: Duration = Duration::from_secs(10);

/// A message from the client.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum ClientMessage {
    ConnectionInit { payload: Option<Value> },
    Ping { payload: Option<Value> },
    Pong {},
    Subscribe { id: String, payload: SubscribePayload },
    Complete { id: String },
}

/// What `subscribe` carries: `query` is required (graphql-ws closes with 4400 without it).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SubscribePayload {
    query: String,
    #[serde(default)]
    variables: Option<Value>,
    #[serde(default)]
    operation_name: Option<String>,
}

impl SubscribePayload {
    fn into_request(self) -> async_graphql::Request {
        let mut request = async_graphql::Request::new(self.query).variables(async_graphql::Variables::from_json(
            self.variables.unwrap_or(Value::Null),
        ));
        if let Some(name) = self.operation_name {
            request = request.operation_name(name);
        }
        request
    }
}

/// Longest close reason a WebSocket close frame carries (125 bytes of payload, 2 for the code).
const MAX_CLOSE_REASON: usize = 123;

/// Why the server closes the socket.
struct Close(u16, String);

impl Close {
    fn new(code: u16, reason: impl Into<String>) -> Self {
        Self(code, reason.into())
    }
}

/// The state of one connection.
struct Connection {
    state: State,
    /// The client's address, which a wrong API token counts against.
    addr: Option<std::net::IpAddr>,
    executor: Executor,
    viewer: Option<Viewer>,
    token_expires: Option<Instant>,
    init_seen: bool,
    /// Each operation's results, then `None` when it ends (so that `complete` goes out at once).
    operations: StreamMap<String, BoxStream<'static, Option<Response>>>,
    first_response: HashMap<String, bool>,
    awaiting_pong: Option<Instant>,
}

fn text(v: Value) -> Message {
    Message::Text(Utf8Bytes::from(v.to_string()))
}

/// The `error` message: an operation refused before it ran.
fn refusal(id: &str, errors: &[ServerError]) -> Message {
    let errors = serde_json::to_value(errors).unwrap_or_else(|_| json!([]));
    text(json!({"type": "error", "id": id, "payload": errors}))
}

/// A `next` message, serialized without going through `serde_json::Value`.
#[derive(serde::Serialize)]
struct Next<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    payload: &'a Response,
}

/// Serves one upgraded socket until it closes.
pub async fn serve(socket: WebSocket, state: State, executor: Executor, addr: Option<std::net::IpAddr>) {
    let (mut sink, mut source) = socket.split();
    let mut conn = Connection {
        state,
        addr,
        executor,
        viewer: None,
        token_expires: None,
        init_seen: false,
        operations: StreamMap::new(),
        first_response: HashMap::new(),
        awaiting_pong: None,
    };
    let init_deadline = Instant::now() + INIT_TIMEOUT;
    let mut next_ping = Instant::now() + PING_INTERVAL;
    let outcome: Result<(), Close> = loop {
        let deadline = conn.deadline(init_deadline, next_ping);
        tokio::select! {
            incoming = source.next() => match incoming {
                Some(Ok(Message::Text(t))) => match conn.on_text(t.as_str()).await {
                    Ok(replies) => {
                        if send_all(&mut sink, replies).await.is_err() { break Ok(()); }
                    }
                    Err(close) => break Err(close),
                },
                Some(Ok(Message::Binary(_))) => break Err(Close::new(4400, "binary messages are not part of the protocol")),
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break Ok(()),
            },
            Some((id, item)) = conn.operations.next(), if !conn.operations.is_empty() => {
                let message = match item {
                    Some(response) => conn.on_response(&id, response),
                    None => match conn.first_response.remove(&id) {
                        Some(_) => text(json!({"type": "complete", "id": id})),
                        None => continue,
                    },
                };
                if sink.send(message).await.is_err() { break Ok(()); }
            },
            () = sleep_until(deadline) => {
                match conn.on_timer(init_deadline, &mut next_ping) {
                    Ok(Some(ping)) => if sink.send(ping).await.is_err() { break Ok(()); },
                    Ok(None) => {}
                    Err(close) => break Err(close),
                }
            },
        }
    };
    if let Err(Close(code, mut reason)) = outcome {
        if reason.len() > MAX_CLOSE_REASON {
            let cut = (0..=MAX_CLOSE_REASON)
                .rev()
                .find(|i| reason.is_char_boundary(*i))
                .unwrap_or(0);
            reason.truncate(cut);
        }
        let frame = CloseFrame {
            code,
            reason: Utf8Bytes::from(reason),
        };
        let _ = sink.send(Message::Close(Some(frame))).await;
    }
    let _ = sink.close().await;
}

async fn send_all(
    sink: &mut futures::stream::SplitSink<WebSocket, Message>,
    messages: Vec<Message>,
) -> Result<(), axum::Error> {
    for m in messages {
        sink.send(m).await?;
    }
    Ok(())
}

impl Connection {
    /// The next moment a timer must fire.
    fn deadline(&self, init_deadline: Instant, next_ping: Instant) -> Instant {
        let mut d = next_ping;
        if !self.init_seen {
            d = d.min(init_deadline);
        }
        if let Some(p) = self.awaiting_pong {
            d = d.min(p);
        }
        if let Some(e) = self.token_expires {
            d = d.min(e);
        }
        d
    }

    fn on_timer(&mut self, init_deadline: Instant, next_ping: &mut Instant) -> Result<Option<Message>, Close> {
        let now = Instant::now();
        if !self.init_seen && now >= init_deadline {
            return Err(Close::new(4408, "Connection initialisation timeout"));
        }
        if self.token_expires.is_some_and(|e| now >= e) {
            return Err(Close::new(4403, "Forbidden: the token expired"));
        }
        if self.awaiting_pong.is_some_and(|p| now >= p) {
            return Err(Close::new(4504, "Keep-alive timeout: no pong"));
        }
        if now >= *next_ping {
            *next_ping = now + PING_INTERVAL;
            if self.awaiting_pong.is_none() {
                self.awaiting_pong = Some(now + PONG_TIMEOUT);
            }
            return Ok(Some(text(json!({"type": "ping"}))));
        }
        Ok(None)
    }

    async fn on_text(&mut self, raw: &str) -> Result<Vec<Message>, Close> {
        let message: ClientMessage =
            serde_json::from_str(raw).map_err(|_| Close::new(4400, "Invalid message received"))?;
        match message {
            ClientMessage::ConnectionInit { payload } => self.on_init(payload).await,
            ClientMessage::Ping { payload } => {
                let mut pong = json!({"type": "pong"});
                if let Some(p) = payload {
                    pong["payload"] = p;
                }
                Ok(vec![text(pong)])
            }
            ClientMessage::Pong {} => {
                self.awaiting_pong = None;
                Ok(vec![])
            }
            ClientMessage::Subscribe { id, payload } => self.on_subscribe(id, payload.into_request()),
            ClientMessage::Complete { id } => {
                self.operations.remove(&id);
                self.first_response.remove(&id);
                Ok(vec![])
            }
        }
    }

    async fn on_init(&mut self, payload: Option<Value>) -> Result<Vec<Message>, Close> {
        if self.init_seen {
            return Err(Close::new(4429, "Too many initialisation requests"));
        }
        self.init_seen = true;
        let token = payload
            .as_ref()
            .and_then(|p| p.get("token"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        let (viewer, expires) = accounts::authenticate_session(&self.state, token, self.addr)
            .await
            .map_err(|_| Close::new(4403, "Forbidden"))?;
        if !matches!(viewer, Viewer::User(_)) {
            return Err(Close::new(4403, "Forbidden"));
        }
        self.viewer = Some(viewer);
        self.token_expires = expires.map(|secs| {
            let left = secs.saturating_sub(chrono::Utc::now().timestamp()).max(0);
            Instant::now() + Duration::from_secs(u64::try_from(left).unwrap_or(0))
        });
        Ok(vec![text(json!({"type": "connection_ack"}))])
    }

    fn on_subscribe(&mut self, id: String, request: async_graphql::Request) -> Result<Vec<Message>, Close> {
        let Some(viewer) = self.viewer.clone() else {
            return Err(Close::new(4401, "Unauthorized"));
        };
        if self.operations.contains_key(&id) {
            return Err(Close::new(4409, format!("Subscriber for {id} already exists")));
        }
        let checked = match self.executor.check(request) {
            Ok(checked) => checked.map_request(|r| r.data(viewer.clone())),
            Err(e) => return Ok(vec![refusal(&id, &[e])]),
        };
        let scope = viewer.db_scope();
        let stream = scope
            .stream(self.executor.execute_stream(checked))
            .map(Some)
            .chain(futures::stream::once(async { None }))
            .boxed();
        self.first_response.insert(id.clone(), true);
        self.operations.insert(id, stream);
        Ok(vec![])
    }

    /// `next` for results; `error` when the operation was refused before it ran.
    fn on_response(&mut self, id: &str, response: Response) -> Message {
        let first = self.first_response.insert(id.to_owned(), false).unwrap_or(false);
        let refused = first && response.data == async_graphql::Value::Null && !response.errors.is_empty();
        if refused {
            self.operations.remove(id);
            self.first_response.remove(id);
            return refusal(id, &response.errors);
        }
        // Written straight to text: this runs once per subscriber per event.
        let next = Next {
            kind: "next",
            id,
            payload: &response,
        };
        match serde_json::to_string(&next) {
            Ok(t) => Message::Text(t.into()),
            Err(_) => text(json!({"type": "next", "id": id, "payload": {}})),
        }
    }
}
