//! A small `graphql-transport-ws` client with timeouts.

use std::time::Duration;

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::harness::TestApp;

pub struct WsClient {
    stream: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

/// How a connection attempt ended.
pub enum Connect {
    Acked(Box<WsClient>),
    /// Closed (with the close code, if any), errored or never acknowledged.
    Refused {
        close_code: Option<u16>,
        detail: String,
    },
}

/// What the socket delivered next.
#[derive(Debug)]
pub enum Incoming {
    Msg(Value),
    Closed(Option<u16>),
    Timeout,
}

impl WsClient {
    /// Opens `ws://…/graphql` and sends `connection_init` with `{"token": …}`.
    pub async fn connect(app: &TestApp, token: Option<&str>) -> Connect {
        let mut req = app.ws_url().into_client_request().expect("ws request");
        req.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            HeaderValue::from_static("graphql-transport-ws"),
        );
        let stream = match tokio_tungstenite::connect_async(req).await {
            Ok((s, _)) => s,
            Err(e) => {
                return Connect::Refused {
                    close_code: None,
                    detail: format!("handshake: {e}"),
                };
            }
        };
        let mut client = WsClient { stream };
        let payload = match token {
            Some(t) => json!({ "token": t }),
            None => json!({}),
        };
        client
            .send(json!({ "type": "connection_init", "payload": payload }))
            .await;
        match client.next(Duration::from_secs(10)).await {
            Incoming::Msg(m) if m["type"] == "connection_ack" => Connect::Acked(Box::new(client)),
            Incoming::Msg(m) => Connect::Refused {
                close_code: None,
                detail: format!("got {m}"),
            },
            Incoming::Closed(code) => Connect::Refused {
                close_code: code,
                detail: "closed".into(),
            },
            Incoming::Timeout => Connect::Refused {
                close_code: None,
                detail: "no ack within 10 s".into(),
            },
        }
    }

    /// Connects and panics unless acknowledged.
    pub async fn connect_ok(app: &TestApp, token: &str) -> WsClient {
        match Self::connect(app, Some(token)).await {
            Connect::Acked(c) => *c,
            Connect::Refused { close_code, detail } => panic!("websocket refused ({close_code:?}): {detail}"),
        }
    }

    pub async fn send(&mut self, msg: Value) {
        let _ = self.stream.send(Message::text(msg.to_string())).await;
    }

    pub async fn subscribe(&mut self, id: &str, query: &str, variables: Value) {
        self.send(json!({ "id": id, "type": "subscribe", "payload": { "query": query, "variables": variables } }))
            .await;
    }

    /// The next protocol message (answering pings), a close, or a timeout.
    pub async fn next(&mut self, timeout: Duration) -> Incoming {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let msg = match tokio::time::timeout_at(deadline, self.stream.next()).await {
                Err(_) => return Incoming::Timeout,
                Ok(None) => return Incoming::Closed(None),
                Ok(Some(Err(_))) => return Incoming::Closed(None),
                Ok(Some(Ok(m))) => m,
            };
            match msg {
                Message::Text(t) => {
                    let v: Value = serde_json::from_str(t.as_str()).expect("server sent non-JSON text");
                    if v["type"] == "ping" {
                        self.send(json!({ "type": "pong" })).await;
                        continue;
                    }
                    if v["type"] == "pong" {
                        continue;
                    }
                    return Incoming::Msg(v);
                }
                Message::Close(frame) => return Incoming::Closed(frame.map(|f| u16::from(f.code))),
                _ => continue,
            }
        }
    }

    /// The next `next` payload's `data` for subscription `id`; panics on anything else.
    pub async fn next_data(&mut self, id: &str, timeout: Duration) -> Option<Value> {
        loop {
            match self.next(timeout).await {
                Incoming::Msg(m) if m["type"] == "next" && m["id"] == id => {
                    if let Some(errors) = m["payload"].get("errors") {
                        panic!("subscription {id} sent errors: {errors}");
                    }
                    return Some(m["payload"]["data"].clone());
                }
                Incoming::Msg(m) if m["id"] != id => continue,
                Incoming::Msg(m) => panic!("unexpected message on subscription {id}: {m}"),
                Incoming::Closed(code) => panic!("socket closed ({code:?}) while waiting on {id}"),
                Incoming::Timeout => return None,
            }
        }
    }

    pub async fn close(mut self) {
        let _ = self.stream.close(None).await;
    }
}
